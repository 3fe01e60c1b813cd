#pragma once

#include "Stats.h"

#include <QString>

namespace nd::bench {

// Timings of what the app derives from a whole diary, through the same calls the
// window and the command line make.
namespace InsightBench {

// The escalation rules over the whole diary as `nervediary flags` and the Alerts page
// get them: reading entries, baseline and marks from an open diary, then the rules.
Stats flags(const QString &diaryPath, int runs, QString *errorString);
// The part of flags() after reading: day values, rules and marks over entries in memory.
Stats rules(const QString &diaryPath, int runs, QString *errorString);

// The appointment report of the whole diary as `nervediary export-pdf` makes it:
// reading the diary, laying out every page and writing the PDF file.
Stats pdf(const QString &diaryPath, const QString &scratch, int runs, QString *errorString);

} // namespace InsightBench
} // namespace nd::bench
