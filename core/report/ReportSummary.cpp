#include "ReportSummary.h"

#include "rules/GradeEstimate.h"

#include <algorithm>

namespace nd {

namespace {

// Running mean of optional values.
struct MeanOf
{
    long long sum = 0;
    int count = 0;
    void add(std::optional<int> value)
    {
        if (value) {
            sum += *value;
            ++count;
        }
    }
    std::optional<double> value() const
    {
        return count > 0 ? std::optional<double>(double(sum) / count) : std::nullopt;
    }
};

void raise(std::optional<int> &highest, std::optional<int> value)
{
    if (value && (!highest || *value > *highest))
        highest = value;
}

} // namespace

ReportSummary ReportSummary::compute(const ReportData &data, QDate from, QDate to)
{
    ReportSummary summary;
    summary.from = from;
    summary.to = to;
    summary.baseline = data.analysis.baseline;
    summary.defaultBaseline = data.analysis.usesDefaultBaseline();

    const QDate recentFrom = summary.recentFrom();
    MeanOf baseHands, baseFeet, recentHands, recentFeet;
    for (const DayValues &day : data.analysis.days) {
        const QDate date = day.date();
        if (summary.baseline && summary.baseline->contains(date)) {
            baseHands.add(day.limbScore(Limb::Hands));
            baseFeet.add(day.limbScore(Limb::Feet));
            raise(summary.gradeAtBaseline, GradeEstimate::forDay(day));
            summary.baselineRegions = summary.baselineRegions.united(day.regions());
        }
        if (date < from || date > to)
            continue;
        ++summary.loggedDays;
        if (day.hasEntryBy(Author::Caregiver))
            ++summary.caregiverDays;
        const int falls = day.value(Field::Falls).value_or(0);
        summary.falls += falls;
        summary.nearFalls += day.value(Field::NearFalls).value_or(0);
        if (falls > 0)
            ++summary.fallDays;
        if (date >= recentFrom) {
            recentHands.add(day.limbScore(Limb::Hands));
            recentFeet.add(day.limbScore(Limb::Feet));
            raise(summary.gradeNow, GradeEstimate::forDay(day));
            summary.recentRegions = summary.recentRegions.united(day.regions());
        }
    }
    summary.hands = {baseHands.value(), recentHands.value(), recentHands.count};
    summary.feet = {baseFeet.value(), recentFeet.value(), recentFeet.count};

    summary.flags = data.series.flags;
    std::reverse(summary.flags.begin(), summary.flags.end());
    summary.undiscussedFlags = int(std::count_if(summary.flags.cbegin(), summary.flags.cend(),
                                                 [](const AcknowledgedFlag &f) { return !f.isDiscussed(); }));
    summary.events = data.series.events;
    return summary;
}

} // namespace nd
