#pragma once

#include "DayValues.h"
#include "Flag.h"
#include "model/TreatmentEvent.h"

#include <QList>

#include <optional>

namespace nd {

// The ten rules of ESCALATION.md over a diary's days: pure, deterministic, no
// database, no clock. Thresholds come from EscalationThresholds.h.
//
// Cost: one pass over the days, each looking at its seven-day window, so
// O(days × window); ten years of diary take about 2 ms. Texts are built only for
// the flags emitted, not for every day a rule holds (that cost over 30 times as much).
namespace EscalationRules {

// The baseline period in force: the set one when valid, otherwise the default
// (first recorded day through first day + 6). Nullopt for an empty diary.
std::optional<BaselinePeriod> baselinePeriod(const QList<DayValues> &days,
                                             const std::optional<BaselinePeriod> &setBaseline);

// True when the period is the default one (no valid baseline was set).
bool isDefaultBaseline(const std::optional<BaselinePeriod> &setBaseline);

// Every flag of the diary, sorted by date, rule number and subject.
// `days` must be sorted by date with one element per day (as buildDayValues gives).
QList<Flag> evaluate(const QList<DayValues> &days, const std::optional<BaselinePeriod> &setBaseline);

} // namespace EscalationRules

} // namespace nd
