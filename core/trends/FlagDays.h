#pragma once

#include "rules/AcknowledgedFlag.h"
#include "rules/Flag.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace nd {

// The days that have at least one flag, each with the most pressing level of that
// day and whether every flag of the day was discussed with the care team (for the
// History calendar's day marks). Reads the engine's flags: never a second opinion.
struct FlagDay
{
    FlagLevel level = FlagLevel::Watch;
    bool allDiscussed = true;
};

QMap<QDate, FlagDay> flagDays(const QList<AcknowledgedFlag> &flags);

} // namespace nd
