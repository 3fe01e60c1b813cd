#pragma once

#include "model/Entry.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

#include <optional>
#include <utility>

namespace nd {

// When the daily reminder is due (pure: no clock, no database; ESCALATION-style testable).
struct ReminderSchedule
{
    QTime time = QTime(20, 0);
    int dayStartHour = 4;
};

// The moment the reminder for diary day `day` is due: that day at `time`, or the night
// after it when `time` is before the day-start hour (1:00 belongs to the evening before).
QDateTime reminderMoment(QDate day, const ReminderSchedule &schedule);

// The latest diary day whose reminder moment has come by `now`. A timer that missed
// 20:00 (laptop off) and runs at the next morning's login asks about the evening before.
QDate dueDiaryDay(const QDateTime &now, const ReminderSchedule &schedule);

// What a reminder for `day` has to say; nothing when the day has an entry (by anyone).
struct ReminderNeed
{
    QDate day;              // the diary day without an entry
    int missedDays = 1;     // days without an entry up to and including `day`
    QDate firstMissedDay;   // where "log the missed days" starts (at most kMaxMissedDaysOffered back)
    QDate lastEntryDay;     // the last day before it with an entry; invalid when there is none
    bool caregiver = false; // the last entries before it were a caregiver's
};

constexpr int kMaxMissedDaysOffered = 14;

// From the keys (date, author) of the diary's entries. A diary without any entry
// before `day` counts one missed day: a reminder, not a reproach for days before it began.
std::optional<ReminderNeed> reminderNeed(const QList<std::pair<QDate, Author>> &entryKeys, QDate day);

} // namespace nd
