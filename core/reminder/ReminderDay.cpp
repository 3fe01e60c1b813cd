#include "ReminderDay.h"

#include <algorithm>

namespace nd {

QDateTime reminderMoment(QDate day, const ReminderSchedule &schedule)
{
    QDateTime moment(day, schedule.time);
    if (schedule.time.hour() < schedule.dayStartHour)
        moment = moment.addDays(1);
    return moment;
}

QDate dueDiaryDay(const QDateTime &now, const ReminderSchedule &schedule)
{
    const QDate current = now.addSecs(-qint64(schedule.dayStartHour) * 3600).date();
    return now >= reminderMoment(current, schedule) ? current : current.addDays(-1);
}

std::optional<ReminderNeed> reminderNeed(const QList<std::pair<QDate, Author>> &entryKeys, QDate day)
{
    QDate last;
    bool patientOnLast = false;
    bool caregiverOnLast = false;
    for (const auto &[date, author] : entryKeys) {
        if (date == day)
            return std::nullopt;
        if (date > day || (last.isValid() && date < last))
            continue;
        if (date != last) {
            last = date;
            patientOnLast = caregiverOnLast = false;
        }
        (author == Author::Caregiver ? caregiverOnLast : patientOnLast) = true;
    }
    ReminderNeed need;
    need.day = day;
    need.lastEntryDay = last;
    need.missedDays = last.isValid() ? int(last.daysTo(day)) : 1;
    need.firstMissedDay = day.addDays(1 - std::min(need.missedDays, kMaxMissedDaysOffered));
    need.caregiver = caregiverOnLast && !patientOnLast;
    return need;
}

} // namespace nd
