#pragma once

#include "ReportData.h"
#include "ReportFlow.h"
#include "ReportOptions.h"
#include "ReportSummary.h"

#include <QCoreApplication>

namespace nd {

// The sections of the report, in reading order: what matters first (summary), then
// the course (charts), then the detail. Each appends its blocks to the flow.
namespace ReportSections {

// The sections' texts, translated in the context "Report" with the rest of the report's words.
// Declared here once so that lupdate files them under the context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Anchors page 1 points to.
inline const char *const kDailyAnchor = "daily";
inline const char *const kEventsAnchor = "events";
inline const char *const kFlagsAnchor = "flags";

// Returns whether the body map fit on page 1; when it did not, it follows page 2 (addRegions).
bool addSummary(ReportFlow &flow, const ReportData &data, const ReportSummary &summary,
                const ReportOptions &options);
// "Where symptoms are marked": the body maps of the baseline and the last week, and what is new.
void addRegions(ReportFlow &flow, const ReportSummary &summary);
// The one clear page of a period without entries.
void addNoEntries(ReportFlow &flow, const ReportData &data, const ReportSummary &summary);
// Page 2: the warning signs with their dates, and each symptom week by week.
void addClinicalDetail(ReportFlow &flow, const ReportSummary &summary);
void addCharts(ReportFlow &flow, const ReportData &data);
void addDailyTable(ReportFlow &flow, const ReportData &data, const ReportOptions &options);
void addEvents(ReportFlow &flow, const ReportData &data);
void addNotes(ReportFlow &flow, const ReportData &data);
void addFlagDetails(ReportFlow &flow, const ReportSummary &summary);

} // namespace ReportSections
} // namespace nd
