#pragma once

#include <QDate>
#include <QString>

namespace nd::bench {

// Writes the benchmark diaries: daily patient entries, a caregiver entry one day in
// seven, an infusion every three weeks; generated deterministically by the demo
// generator with no missed days.
bool writeBenchDiary(const QString &path, int days, QString *errorString);
// The last day the benchmark diaries have an entry for.
inline QDate benchDiaryLastDay()
{
    return QDate(2026, 11, 1);
}

} // namespace nd::bench
