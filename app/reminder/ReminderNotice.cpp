#include "ReminderNotice.h"

#include <QCoreApplication>
#include <QLocale>

namespace nd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReminderNotice)
};
} // namespace

DesktopNotice ReminderNotice::forNeed(const ReminderNeed &need, QDate today)
{
    DesktopNotice notice;
    const QString since = QLocale().toString(need.lastEntryDay, u"dddd d MMMM");
    if (need.missedDays >= 2) {
        notice.title = Tr::tr("%n day(s) without a diary entry", nullptr, need.missedDays);
        notice.body = need.caregiver ? Tr::tr("Nothing is logged for them since %1. Log how they are today; "
                                              "the days you missed can be filled in too.")
                                           .arg(since)
                                     : Tr::tr("Nothing is logged since %1. Log how you are today; "
                                              "the days you missed can be filled in too.")
                                           .arg(since);
    } else if (need.day != today) {
        const QString day = QLocale().toString(need.day, u"dddd d MMMM");
        notice.title = Tr::tr("Nothing was logged for %1").arg(day);
        notice.body = need.caregiver ? Tr::tr("You can still log how they were that day. It takes a minute.")
                                     : Tr::tr("You can still log how you were that day. It takes a minute.");
    } else {
        notice.title =
            need.caregiver ? Tr::tr("Nothing is logged for them today") : Tr::tr("You have not logged today");
        notice.body = need.caregiver ? Tr::tr("How do their hands and feet seem today? It takes a minute.")
                                     : Tr::tr("How are your hands and feet today? It takes a minute.");
    }
    notice.actions.append({kDefault, Tr::tr("Log today")});
    notice.actions.append({kLogToday, Tr::tr("Log today")});
    if (need.missedDays >= 2)
        notice.actions.append({kLogMissed, Tr::tr("Log the missed days")});
    else if (need.day != today)
        notice.actions.append({kLogMissed, Tr::tr("Log that day")});
    return notice;
}

QString ReminderNotice::oneLine(const DesktopNotice &notice)
{
    return notice.title + QStringLiteral(": ") + notice.body;
}

} // namespace nd
