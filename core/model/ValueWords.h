#pragma once

#include "model/Field.h"

#include <QString>

namespace nd {

// The words for coded diary values, written once so that translators see each
// word once and the rules, the report and the entry form say the same thing.
namespace ValueWords {

// "Numbness", "Tingling", "Burning", "Pain", "Cold sensitivity", "Weakness".
QString symptom(Symptom symptom);
// "none", "mild", "moderate", "severe", "unable" for task levels 0–4; empty otherwise.
QString taskLevel(int level);
// "blister", "cut", "burn", "redness", "other"; "none" for SkinFinding::None.
QString skinFinding(SkinFinding finding);
// The level word as a title, "Moderate", for buttons, axes and lists.
QString taskLevelTitle(int level);
// The same words starting with a capital letter (the first letter, after any quote): "Moderate".
QString capitalised(const QString &word);

} // namespace ValueWords

} // namespace nd
