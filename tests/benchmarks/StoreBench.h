#pragma once

#include "Stats.h"

#include <QString>

namespace nd::bench {

// Timings of the storage paths: durable saves and CSV import against raw SQLite.
namespace StoreBench {

// Saves `count` edited entries one by one into a copy of the diary at `diaryPath`.
Stats saveEntries(const QString &diaryPath, const QString &scratch, int count, QString *errorString);

// Exports the diary to CSV, then times importing it into empty diaries.
Stats importCsv(const QString &diaryPath, const QString &scratch, int runs, QString *errorString);

// The floor: the same rows inserted with the raw sqlite3 C API in one transaction,
// with the same schema and durability settings.
Stats importFloor(const QString &diaryPath, const QString &scratch, int runs, QString *errorString);

} // namespace StoreBench
} // namespace nd::bench
