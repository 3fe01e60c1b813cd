#pragma once

#include "ReportData.h"
#include "model/Region.h"

#include <QList>

#include <array>

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

// When the treatment started and the last dose before the period's end, so the
// report can say "day N of treatment" (after CAR-T: days since the infusion).
struct TreatmentAnchor
{
    std::optional<QDate> start; // the profile's start, else the first infusion
    bool startFromProfile = false;
    std::optional<TreatmentEvent> lastDose; // the last infusion on or before the period's end
    bool carT = false;

    // Day 1 is the start (after CAR-T: day 0 is the infusion); nullopt before the start or without one.
    std::optional<qint64> dayOf(QDate date) const;
};

// The six symptoms of one limb, one row per week of the period: the weekly means
// and, per symptom, the worst day of the period.
struct SymptomWeeks
{
    static constexpr int kSymptoms = 6; // numbness, tingling, burning, pain, cold, weakness
    struct Week
    {
        QDate from;
        QDate to;
        std::array<std::optional<double>, kSymptoms> mean;
    };
    Limb limb = Limb::Hands;
    std::array<Field, kSymptoms> fields{};
    QList<Week> weeks;
    std::array<std::optional<int>, kSymptoms> worst;
};

// Every day of the period on which one warning sign was recorded.
struct WarningSignDays
{
    Field sign;
    QList<QDate> days;
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

    TreatmentAnchor anchor;
    QList<SymptomWeeks> symptoms;        // hands, then feet
    QList<WarningSignDays> warningSigns; // only signs recorded in the period, in the contract's order

    QDate recentFrom() const { return to.addDays(-(kRecentDays - 1)); }

    static ReportSummary compute(const ReportData &data, QDate from, QDate to);
};

} // namespace nd
