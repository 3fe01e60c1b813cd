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

TreatmentAnchor anchorOf(const ReportData &data)
{
    TreatmentAnchor anchor;
    anchor.carT = data.profile.isCarT();
    anchor.lastDose = data.lastInfusion;
    if (data.profile.treatmentStart.isValid()) {
        anchor.start = data.profile.treatmentStart;
        anchor.startFromProfile = true;
    } else if (data.firstInfusion) {
        anchor.start = data.firstInfusion->date;
    }
    return anchor;
}

QList<SymptomWeeks> symptomWeeks(const ReportData &data, QDate from, QDate to)
{
    QList<SymptomWeeks> result;
    for (Limb limb : {Limb::Hands, Limb::Feet}) {
        SymptomWeeks table;
        table.limb = limb;
        for (int s = 0; s < SymptomWeeks::kSymptoms; ++s)
            table.fields[std::size_t(s)] = symptomField(Symptom(s), limb);
        result.append(table);
    }
    // Weeks are counted from the period's first day, so every week but the last has 7 days.
    std::array<std::array<MeanOf, SymptomWeeks::kSymptoms>, 2> week{};
    QDate weekFrom = from;
    const auto closeWeek = [&](QDate weekTo) {
        for (int l = 0; l < 2; ++l) {
            SymptomWeeks::Week row{weekFrom, weekTo, {}};
            for (int s = 0; s < SymptomWeeks::kSymptoms; ++s)
                row.mean[std::size_t(s)] = week[std::size_t(l)][std::size_t(s)].value();
            result[l].weeks.append(row);
        }
        week = {};
    };
    for (const DayValues &day : data.series.days) {
        const QDate date = day.date();
        if (date < from || date > to)
            continue;
        while (date > weekFrom.addDays(6)) {
            closeWeek(weekFrom.addDays(6));
            weekFrom = weekFrom.addDays(7);
        }
        for (int l = 0; l < 2; ++l)
            for (int s = 0; s < SymptomWeeks::kSymptoms; ++s) {
                const std::optional<int> value = day.value(result[l].fields[std::size_t(s)]);
                week[std::size_t(l)][std::size_t(s)].add(value);
                raise(result[l].worst[std::size_t(s)], value);
            }
    }
    while (weekFrom <= to) {
        closeWeek(std::min(weekFrom.addDays(6), to));
        weekFrom = weekFrom.addDays(7);
    }
    return result;
}

QList<WarningSignDays> warningSignDays(const ReportData &data, QDate from, QDate to)
{
    QList<WarningSignDays> result;
    for (Field sign : kWarningSignFields) {
        WarningSignDays row{sign, {}};
        for (const DayValues &day : data.series.days)
            if (day.date() >= from && day.date() <= to && day.isYes(sign))
                row.days.append(day.date());
        if (!row.days.isEmpty())
            result.append(row);
    }
    return result;
}

} // namespace

std::optional<qint64> TreatmentAnchor::dayOf(QDate date) const
{
    if (!start || date < *start)
        return std::nullopt;
    return start->daysTo(date) + 1;
}

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
    summary.anchor = anchorOf(data);
    summary.symptoms = symptomWeeks(data, from, to);
    summary.warningSigns = warningSignDays(data, from, to);
    return summary;
}

} // namespace nd
