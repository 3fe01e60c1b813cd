#pragma once

#include "model/TreatmentEvent.h"

#include <QString>

namespace nd {

// Plain, translated words for treatment events on charts, in panels and in the report.
QString eventKindTitle(EventKind kind); // e.g. "Infusion", "Medication started"
// A short label for a chart line: the name, else the kind ("Pembrolizumab").
QString eventShortLabel(const TreatmentEvent &event);
// Everything in one line: "Infusion: Pembrolizumab (Cycle 3)".
QString eventDescription(const TreatmentEvent &event);

} // namespace nd
