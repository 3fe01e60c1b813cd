#pragma once

// Every number of ESCALATION.md (version 2) in one place. The CLI, the Alerts page, the
// Trends page and the PDF report all decide through EscalationRules and GradeEstimate,
// which read only these constants.
namespace nd::EscalationThresholds {

// Days and windows (calendar days).
inline constexpr int kDefaultBaselineDays = 7; // first recorded day through first day + 6
inline constexpr int kRecentWindowDays = 7;    // the recent window of D is [D−6, D]
inline constexpr int kQuietPeriodDays = 7;     // onset: the rule held on no day of [D−7, D−1]

// The top of the 0–10 scores: a capped rise "x rises to base + k" means
// x ≥ min(base + k, kScoreCeiling) and x > base.
inline constexpr int kScoreCeiling = 10;

// Rule 1, worsening symptoms (limb scores 0–10).
inline constexpr int kRecentMinimumDays = 2;  // the window needs at least this many limb scores
inline constexpr int kRecentValuesInMean = 3; // mean of the last (up to) this many values
inline constexpr int kRecentMeanRise = 2;     // recent mean rises to baseline mean + this
inline constexpr int kSingleDayRise = 4;      // or D's score rises to baseline mean + this

// Rule 2, spreading symptoms: a region outside the baseline marked on this many window days.
inline constexpr int kSpreadMinimumDays = 2;

// Rule 3, new difficulty with a hand task: this many window days above the baseline.
inline constexpr int kTaskMinimumDays = 2;

// Rules 3 and 4: the lowest task level that counts (1 = mild).
inline constexpr int kTaskMinimumLevel = 1;

// Rule 4: walking or balance at this level or above (3 = severe, 4 = unable) is urgent.
inline constexpr int kUrgentWalkingLevel = 3;

// Rule 5: the number of falls on one day that counts.
inline constexpr int kMinimumFalls = 1;

// Rule 8, near falls: D has at least this many, and the recent window adds up to this many.
inline constexpr int kMinimumNearFallsOnDay = 1;
inline constexpr int kNearFallsInWindow = 2;

// Rule 9, weakness: D's weakness score is at least this and rises to its baseline + the rise.
inline constexpr int kWeaknessMinimum = 2;
inline constexpr int kWeaknessRise = 2;

// Rule 10, rapid weakness: D's score is at least this, and at least the rise above the lowest
// weakness score of the days with entries in [D − lookback, D − 1].
inline constexpr int kRapidWeaknessMinimum = 4;
inline constexpr int kRapidWeaknessRise = 3;
inline constexpr int kRapidWeaknessLookbackDays = 7;

// Step-ups (kind step_up): the severity on D must reach the reference of the most recent flag
// of the same rule and subject plus this step.
inline constexpr int kWorseningStep = 2; // rule 1, limb score points
inline constexpr int kTaskStep = 1;      // rules 3 and 4, task levels
inline constexpr int kWeaknessStep = 2;  // rule 9, weakness points

// Estimated grade (patient-reported).
inline constexpr int kGradeThreeTaskLevel = 3;   // buttoning, grasping, walking or balance
inline constexpr int kGradeTwoTaskLevel = 2;     // any of the eight tasks
inline constexpr int kGradeTwoSymptomScore = 7;  // any of the twelve symptom scores
inline constexpr int kGradeTwoWeaknessScore = 4; // weakness of hands or feet
inline constexpr int kGradeOneSymptomScore = 1;  // any symptom score
inline constexpr int kGradeOneTaskLevel = 1;     // any task

// Means are decided exactly (EscalationRules compares integer sums cross-multiplied). Where a
// mean is only shown, this tolerance keeps the same decision for code that holds it as a double.
inline constexpr double kTieEpsilon = 1e-9;

// "a ≥ b" for means held as doubles, deciding ties the same way as the exact comparison.
inline constexpr bool atLeast(double a, double b)
{
    return a + kTieEpsilon >= b;
}

} // namespace nd::EscalationThresholds
