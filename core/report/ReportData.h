#pragma once

#include "ReportOptions.h"
#include "analysis/DiaryAnalysis.h"
#include "model/DiaryProfile.h"
#include "model/Entry.h"
#include "model/TreatmentEvent.h"
#include "trends/TrendSeries.h"

#include <QList>

namespace nd {

class DiaryStore;

// Everything a report reads from a diary, loaded in one go so the pages can be
// laid out and painted away from the database (and off the window's thread).
// The rules always see the whole diary (a flag at the start of the period may
// depend on the days before it); only what is listed is limited to the period.
struct ReportData
{
    DiaryProfile profile;
    DiaryAnalysis analysis;        // day values, baseline in force, flags of the whole diary
    TrendSeries series;            // the period's days, chart series, events and flags (as Trends)
    QList<Entry> entries;          // entries of the period (notes, who logged)
    std::optional<QDate> firstDay; // of the whole diary
    std::optional<QDate> lastDay;
    // Infusions of the whole diary: the first one (the treatment's start when the profile
    // has none) and the last one on or before the period's end (the last dose).
    std::optional<TreatmentEvent> firstInfusion;
    std::optional<TreatmentEvent> lastInfusion;

    // Pure: from data already read (tests, and the window when it has the data).
    static ReportData compute(const QList<Entry> &allEntries, const QList<TreatmentEvent> &allEvents,
                              const DiaryProfile &profile, const std::optional<BaselinePeriod> &setBaseline,
                              const QList<FlagAcknowledgement> &acknowledgements, QDate from, QDate to);

    // Reads the diary. False on a database error (store.error() says why).
    static bool load(DiaryStore &store, QDate from, QDate to, ReportData *data);
};

// Common periods, as the window offers them; `today` comes from the injected clock.
namespace ReportPeriods {
struct Period
{
    QDate from;
    QDate to;
};
Period lastDays(int days, QDate today);
// From the first day of the baseline in force (or of the diary) to today.
Period sinceBaseline(const std::optional<BaselinePeriod> &baseline, std::optional<QDate> firstDay,
                     QDate today);
// The whole diary: first to last entry (today for an empty diary). The default of export-pdf.
Period wholeDiary(std::optional<QDate> firstDay, std::optional<QDate> lastDay, QDate today);
} // namespace ReportPeriods

} // namespace nd
