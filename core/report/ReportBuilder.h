#pragma once

#include "ReportData.h"
#include "ReportDocument.h"
#include "ReportOptions.h"

#include <memory>

namespace nd {

// Lays out the appointment report: page 1 leads with what matters (flags, the
// estimated grade then and now, the change since the baseline, falls, newly marked
// places, treatment events), then the charts, then the detail. The window's preview,
// its Save and Print, and `nervediary export-pdf` all build through here, so the same
// data and options give the same pages.
//
// Pure layout (no database, no file): safe on a worker thread with its own data.
namespace ReportBuilder {

std::unique_ptr<ReportDocument> build(const ReportData &data, const ReportOptions &options);

} // namespace ReportBuilder
} // namespace nd
