#pragma once

#include "ReportData.h"
#include "model/Region.h"

#include <QList>

#include <optional>

namespace nd {

// A limb's scores at the baseline and in the last week of the period.
struct LimbChange
{
    std::optional<double> baselineMean; // mean over baseline days with a score
    std::optional<double> recentMean;   // mean over the period's last 7 calendar days
    int recentDays = 0;                 // how many of those days had a score

    std::optional<double> change() const
    {
        if (!baselineMean || !recentMean)
            return std::nullopt;
        return *recentMean - *baselineMean;
    }
};

// The facts of the summary page, computed once from the report's data. Pure, so
// every number on page 1 is tested without painting.
struct ReportSummary
{
    static constexpr int kRecentDays = 7;

    QDate from;
    QDate to;
    int loggedDays = 0;    // days of the period with an entry
    int caregiverDays = 0; // days with an entry by a caregiver
    std::optional<BaselinePeriod> baseline;
    bool defaultBaseline = true;

    // Highest estimated grade over the last 7 days of the period, and over the baseline.
    std::optional<int> gradeNow;
    std::optional<int> gradeAtBaseline;

    LimbChange hands;
    LimbChange feet;

    int falls = 0;
    int nearFalls = 0;
    int fallDays = 0;

    RegionSet baselineRegions; // marked on the baseline days
    RegionSet recentRegions;   // marked in the last 7 days of the period
    RegionSet newRegions() const
    {
        return RegionSet::fromBits(recentRegions.bits() & ~baselineRegions.bits());
    }

    QList<AcknowledgedFlag> flags; // of the period, newest first
    int undiscussedFlags = 0;
    QList<TreatmentEvent> events; // of the period, in date order

    QDate recentFrom() const { return to.addDays(-(kRecentDays - 1)); }

    static ReportSummary compute(const ReportData &data, QDate from, QDate to);
};

} // namespace nd
