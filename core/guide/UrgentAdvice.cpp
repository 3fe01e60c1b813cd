#include "UrgentAdvice.h"

#include "EmergencyNumber.h"
#include "model/DiaryProfile.h"

#include <QCoreApplication>

namespace nd::UrgentAdvice {

namespace {
// Texts of this file, translated in the context "UrgentAdvice". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UrgentAdvice)
};
} // namespace

Contacts contactsOf(const DiaryProfile &profile)
{
    return {EmergencyNumber::effective(profile), profile.careTeamPhone.trimmed(),
            profile.treatmentCentrePhone.trimmed(), profile.isCarT()};
}

QString callNow(const Contacts &contacts)
{
    return contacts.emergencyNumber.isEmpty() ? Tr::tr("Call your emergency number now")
                                              : Tr::tr("Call %1 now").arg(contacts.emergencyNumber);
}

QStringList steps(const Contacts &contacts)
{
    QStringList result;
    result.append(contacts.emergencyNumber.isEmpty()
                      ? Tr::tr("Call your emergency number now, or go to the emergency department. Do not "
                               "drive yourself.")
                      : Tr::tr("Call your emergency number %1 now, or go to the emergency department. Do not "
                               "drive yourself.")
                            .arg(contacts.emergencyNumber));
    if (contacts.carT) {
        result.append(contacts.centrePhone.isEmpty()
                          ? Tr::tr("After CAR-T, also call your treatment centre's 24-hour line.")
                          : Tr::tr("After CAR-T, also call your treatment centre's 24-hour line: %1.")
                                .arg(contacts.centrePhone));
        result.append(Tr::tr("Stay close to your treatment centre, and do not drive for as many weeks as "
                             "your team told you."));
    }
    result.append(contacts.careTeamPhone.isEmpty()
                      ? Tr::tr("Then tell your care team.")
                      : Tr::tr("Then tell your care team: %1.").arg(contacts.careTeamPhone));
    return result;
}

QString text(const Contacts &contacts)
{
    return steps(contacts).join(u' ');
}

QString forSigns(const QStringList &signs, const Contacts &contacts)
{
    QString result = text(contacts);
    if (!signs.isEmpty())
        result += u' ' + (signs.size() == 1
                              ? Tr::tr("Marked: %1. This sign needs help at once, even if it seems to pass.")
                              : Tr::tr("Marked: %1. Each of these signs needs help at once, even if it "
                                       "seems to pass."))
                             .arg(signs.join(Tr::tr(", ")));
    return result;
}

QString contactLine(const Contacts &contacts)
{
    QStringList parts;
    parts.append(contacts.emergencyNumber.isEmpty()
                     ? Tr::tr("Emergency number: not saved (add it in Settings)")
                     : Tr::tr("Emergency number: %1").arg(contacts.emergencyNumber));
    parts.append(contacts.careTeamPhone.isEmpty() ? Tr::tr("Care team: not saved (add it in Settings)")
                                                  : Tr::tr("Care team: %1").arg(contacts.careTeamPhone));
    if (contacts.carT)
        parts.append(contacts.centrePhone.isEmpty()
                         ? Tr::tr("Treatment centre, 24 hours: not saved (add it in Settings)")
                         : Tr::tr("Treatment centre, 24 hours: %1").arg(contacts.centrePhone));
    return parts.join(u"  ·  ");
}

} // namespace nd::UrgentAdvice
