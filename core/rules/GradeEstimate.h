#pragma once

#include "DayValues.h"

#include <QString>

#include <optional>

namespace nd {

// A rough, patient-reported estimate of how much the nerve symptoms affect a day
// (0–3), from ESCALATION.md. It is for talking with the care team, never the
// official grade: only the care team grades the side effect.
namespace GradeEstimate {

inline constexpr int kMaximum = 3;

// 3: some daily task severe or unable (level ≥ 3); else 2: some task moderate;
// else 1: some symptom score ≥ 1 or some task mild; else 0 when anything was rated;
// nullopt when the day has no symptom or task rating at all.
std::optional<int> forDay(const DayValues &day);

// "Estimated grade (patient-reported)", the label every chart and report uses.
QString label();
// One line saying what the estimate is and is not, for legends and the report.
QString disclaimer();

} // namespace GradeEstimate

} // namespace nd
