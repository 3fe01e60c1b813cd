#pragma once

#include <QString>
#include <QStringList>

namespace nd {

struct DiaryProfile;

// What to do when something urgent was recorded, in the order that saves time:
// emergency services first (never "try the care team first"), after CAR-T the
// treatment centre's 24-hour line, then the care team. One source for the Today
// banner, the urgent banner, the Alerts card and the report.
namespace UrgentAdvice {

struct Contacts
{
    QString emergencyNumber; // empty: "your emergency number"
    QString careTeamPhone;
    QString centrePhone; // the CAR-T treatment centre's 24-hour line
    bool carT = false;
};

// From the profile; the emergency number falls back to the system's country default.
Contacts contactsOf(const DiaryProfile &profile);

// The first words: "Call 112 now" (or "Call your emergency number now").
QString callNow(const Contacts &contacts);
// The steps, one sentence each, emergency services first and the care team last.
QStringList steps(const Contacts &contacts);
QString text(const Contacts &contacts);
// For warning signs someone marked: the steps, then the signs and that each needs help now.
QString forSigns(const QStringList &signs, const Contacts &contacts);
// "Emergency number: 112 · Care team: 0123 …": shown wherever the care team's number is.
QString contactLine(const Contacts &contacts);

} // namespace UrgentAdvice
} // namespace nd
