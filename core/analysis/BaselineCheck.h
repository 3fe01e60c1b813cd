#pragma once

#include "DiaryAnalysis.h"

#include <QList>
#include <QString>

namespace nd {

// A baseline that already shows marked symptoms: the rules compare later days with
// it, so a rise from an already high level is harder to see. Shown on the Alerts page
// and the report with the suggestion to agree a baseline with the care team.
namespace BaselineCheck {

// A usual limb score at or above this is "marked" (the middle of the 0–10 scale's lower half).
inline constexpr double kMarkedLimbScore = 4.0;

struct HighLimb
{
    Limb limb;
    double mean; // mean limb score over the baseline days that have one
};

// The limbs whose baseline mean is at least kMarkedLimbScore (hands before feet).
QList<HighLimb> highLimbs(const DiaryAnalysis &analysis);

// "The baseline already shows marked symptoms (usual score: hands 5.0, feet 6.3). …"; empty when none.
QString note(const DiaryAnalysis &analysis);

} // namespace BaselineCheck
} // namespace nd
