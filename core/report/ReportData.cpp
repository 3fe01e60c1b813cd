#include "ReportData.h"

#include "storage/DiaryStore.h"

#include <algorithm>

namespace nd {

ReportData ReportData::compute(const QList<Entry> &allEntries, const QList<TreatmentEvent> &allEvents,
                               const DiaryProfile &profile, const std::optional<BaselinePeriod> &setBaseline,
                               const QList<FlagAcknowledgement> &acknowledgements, QDate from, QDate to)
{
    ReportData data;
    data.profile = profile;
    data.analysis = DiaryAnalysis::compute(allEntries, setBaseline, acknowledgements);
    data.series = TrendSeriesBuilder::build(data.analysis, allEvents, DayRange{from, to});
    for (const Entry &entry : allEntries) {
        if (entry.date() >= from && entry.date() <= to)
            data.entries.append(entry);
    }
    std::sort(data.entries.begin(), data.entries.end(), [](const Entry &a, const Entry &b) {
        return a.date() != b.date() ? a.date() < b.date() : a.author() < b.author();
    });
    for (const TreatmentEvent &event : allEvents) {
        if (event.kind != EventKind::Infusion)
            continue;
        if (!data.firstInfusion || event.date < data.firstInfusion->date)
            data.firstInfusion = event;
        if (event.date <= to && (!data.lastInfusion || event.date >= data.lastInfusion->date))
            data.lastInfusion = event;
    }
    if (!data.analysis.days.isEmpty()) {
        data.firstDay = data.analysis.days.first().date();
        data.lastDay = data.analysis.days.last().date();
    }
    return data;
}

bool ReportData::load(DiaryStore &store, QDate from, QDate to, ReportData *data)
{
    DiaryAnalysis::Source source;
    if (!DiaryAnalysis::Source::read(store, &source))
        return false;
    const QList<TreatmentEvent> events = store.events();
    if (store.error().isError())
        return false;
    const DiaryProfile profile = store.profile();
    if (store.error().isError())
        return false;
    *data = compute(source.entries, events, profile, source.setBaseline, source.acknowledgements, from, to);
    return true;
}

namespace ReportPeriods {

Period lastDays(int days, QDate today)
{
    return {today.addDays(-(days - 1)), today};
}

Period sinceBaseline(const std::optional<BaselinePeriod> &baseline, std::optional<QDate> firstDay,
                     QDate today)
{
    const QDate from = baseline ? baseline->first : firstDay.value_or(today);
    return {std::min(from, today), today};
}

Period wholeDiary(std::optional<QDate> firstDay, std::optional<QDate> lastDay, QDate today)
{
    if (!firstDay || !lastDay)
        return {today, today};
    return {*firstDay, *lastDay};
}

} // namespace ReportPeriods

} // namespace nd
