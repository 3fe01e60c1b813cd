#pragma once

#include "guide/SelfCareGuide.h"
#include "rules/AcknowledgedFlag.h"

#include <QDate>
#include <QList>

namespace nd {

// How the Alerts page sorts the engine's flags. Nothing is dropped or added: every
// flag lands in exactly one of the two groups.
namespace AlertGroups {

// Flags from the last four weeks stay "active" until marked as discussed; older
// ones move to "earlier" (still listed, still markable) so a long diary does not
// bury today's flags under years of history. Urgent flags stay active until marked,
// however old.
inline constexpr int kActiveDays = 28;

bool isActive(const AcknowledgedFlag &flag, QDate today);

struct Split
{
    QList<AcknowledgedFlag> active;  // most pressing level first, then newest first
    QList<AcknowledgedFlag> earlier; // newest first
};
Split split(const QList<AcknowledgedFlag> &flags, QDate today);

// The guide section that helps with what a rule noticed.
SelfCareGuide::Topic guideTopic(Rule rule);

} // namespace AlertGroups

} // namespace nd
