#include "AlertGroups.h"

#include <algorithm>

namespace nd {

bool AlertGroups::isActive(const AcknowledgedFlag &flag, QDate today)
{
    if (flag.isDiscussed())
        return false;
    return flag.flag.level() == FlagLevel::Urgent || flag.flag.date >= today.addDays(-(kActiveDays - 1));
}

AlertGroups::Split AlertGroups::split(const QList<AcknowledgedFlag> &flags, QDate today)
{
    Split result;
    for (const AcknowledgedFlag &flag : flags)
        (isActive(flag, today) ? result.active : result.earlier).append(flag);
    std::stable_sort(result.active.begin(), result.active.end(),
                     [](const AcknowledgedFlag &a, const AcknowledgedFlag &b) {
                         if (a.flag.level() != b.flag.level())
                             return a.flag.level() > b.flag.level();
                         return a.flag.date > b.flag.date;
                     });
    std::stable_sort(
        result.earlier.begin(), result.earlier.end(),
        [](const AcknowledgedFlag &a, const AcknowledgedFlag &b) { return a.flag.date > b.flag.date; });
    return result;
}

SelfCareGuide::Topic AlertGroups::guideTopic(Rule rule)
{
    switch (rule) {
    case Rule::NewTaskDifficulty:
    case Rule::WalkingBalance:
        return SelfCareGuide::Topic::FunctionChanges;
    case Rule::Fall:
    case Rule::SkinCheck:
    case Rule::NearFalls:
        return SelfCareGuide::Topic::Safety;
    case Rule::WorseningSymptoms:
    case Rule::SpreadingSymptoms:
    case Rule::NeuroWarning:
    case Rule::Weakness:
    case Rule::RapidWeakness:
        break;
    }
    return SelfCareGuide::Topic::MedicalHelp;
}

} // namespace nd
