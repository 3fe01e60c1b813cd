#pragma once

// Every number of ESCALATION.md's rules in one place. The CLI, the Alerts page and the
// PDF report all decide through EscalationRules, which reads only these constants.
namespace nd::EscalationThresholds {

// Days and windows (calendar days).
inline constexpr int kDefaultBaselineDays = 7; // first recorded day through first day + 6
inline constexpr int kRecentWindowDays = 7;    // the recent window of D is [D−6, D]
inline constexpr int kQuietPeriodDays = 7;     // a flag only when none held in [D−7, D−1]

// Rule 1, worsening symptoms (limb scores 0–10).
inline constexpr int kRecentMinimumDays = 2;   // the window needs at least this many limb scores
inline constexpr int kRecentValuesInMean = 3;  // mean of the last (up to) this many values
inline constexpr double kRecentMeanRise = 2.0; // recent mean ≥ baseline mean + this
inline constexpr double kSingleDayRise = 4.0;  // or D's score ≥ baseline mean + this

// Rule 2, spreading symptoms: a region outside the baseline marked on this many window days.
inline constexpr int kSpreadMinimumDays = 2;

// Rule 3, new difficulty with a hand task: this many window days above the baseline.
inline constexpr int kTaskMinimumDays = 2;

// Rules 3 and 4: the lowest task level that counts (1 = mild).
inline constexpr int kTaskMinimumLevel = 1;

// Rule 5: the number of falls on one day that counts.
inline constexpr int kMinimumFalls = 1;

// Means are compared with this tolerance, so a tie (e.g. 6.0 ≥ 4.0 + 2.0) always
// holds however the mean was summed: values are whole numbers, so no real
// difference is ever this small.
inline constexpr double kTieEpsilon = 1e-9;

// "a ≥ b" for means, deciding ties the same way everywhere.
inline constexpr bool atLeast(double a, double b)
{
    return a + kTieEpsilon >= b;
}

} // namespace nd::EscalationThresholds
