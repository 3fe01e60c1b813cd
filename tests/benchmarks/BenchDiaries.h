#pragma once

#include <QString>

namespace nd::bench {

// Writes the benchmark diaries: daily patient entries, a caregiver entry one day in
// seven, an infusion every three weeks; generated deterministically by the demo
// generator with no missed days.
bool writeBenchDiary(const QString &path, int days, QString *error);

} // namespace nd::bench
