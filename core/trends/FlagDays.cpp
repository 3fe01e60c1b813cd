#include "FlagDays.h"

namespace nd {

QMap<QDate, FlagDay> flagDays(const QList<AcknowledgedFlag> &flags)
{
    QMap<QDate, FlagDay> days;
    for (const AcknowledgedFlag &flag : flags) {
        const bool first = !days.contains(flag.flag.date);
        FlagDay &day = days[flag.flag.date];
        if (first || flag.flag.level() > day.level)
            day.level = flag.flag.level();
        day.allDiscussed = day.allDiscussed && flag.isDiscussed();
    }
    return days;
}

} // namespace nd
