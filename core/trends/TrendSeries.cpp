#include "TrendSeries.h"

#include "analysis/DiaryAnalysis.h"
#include "rules/GradeEstimate.h"

#include <algorithm>

namespace nd {

namespace {

constexpr int kAverageWindowDays = 7;

bool dayBefore(const DayValues &day, QDate date)
{
    return day.date() < date;
}

void appendValue(DayPoints &series, double x, std::optional<int> value)
{
    if (value)
        series.append(QPointF(x, double(*value)));
}

template<std::size_t N> std::optional<int> highestOf(const DayValues &day, const std::array<Field, N> &fields)
{
    std::optional<int> highest;
    for (Field field : fields)
        if (const std::optional<int> value = day.value(field); value && (!highest || *value > *highest))
            highest = value;
    return highest;
}

} // namespace

const DayValues *TrendSeries::day(QDate date) const
{
    const auto it = std::lower_bound(days.cbegin(), days.cend(), date, dayBefore);
    return it != days.cend() && it->date() == date ? &*it : nullptr;
}

QList<AcknowledgedFlag> TrendSeries::flagsOn(QDate date) const
{
    QList<AcknowledgedFlag> result;
    for (const AcknowledgedFlag &flag : flags)
        if (flag.flag.date == date)
            result.append(flag);
    return result;
}

const DayPoints &TrendSeries::taskSeries(Field field) const
{
    const auto it = std::find(kTaskFields.cbegin(), kTaskFields.cend(), field);
    Q_ASSERT(it != kTaskFields.cend());
    return task[std::size_t(std::distance(kTaskFields.cbegin(), it))];
}

DayPoints TrendSeriesBuilder::sevenDayAverage(const DayPoints &daily)
{
    // Sliding window over the points (sorted by x): add the newest, drop those older
    // than x − 6. Integer sums keep the mean exact.
    DayPoints result;
    result.reserve(daily.size());
    qsizetype oldest = 0;
    double sum = 0;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        const double x = daily[i].x();
        sum += daily[i].y();
        while (daily[oldest].x() < x - (kAverageWindowDays - 1)) {
            sum -= daily[oldest].y();
            ++oldest;
        }
        result.append(QPointF(x, sum / double(i - oldest + 1)));
    }
    return result;
}

DayPoints TrendSeriesBuilder::daysWith(const DayPoints &points, double minimum)
{
    DayPoints result;
    for (const QPointF &point : points)
        if (point.y() >= minimum)
            result.append(point);
    return result;
}

TrendSeries TrendSeriesBuilder::build(const QList<DayValues> &allDays, const QList<TreatmentEvent> &events,
                                      const QList<AcknowledgedFlag> &flags,
                                      const std::optional<BaselinePeriod> &baseline, DayRange range)
{
    TrendSeries series;
    series.range = range;
    series.baseline = baseline;
    if (!range.isValid())
        return series;

    // The averages need the six days before the range too.
    const auto windowBegin = std::lower_bound(allDays.cbegin(), allDays.cend(),
                                              range.first.addDays(-(kAverageWindowDays - 1)), dayBefore);
    const auto begin = std::lower_bound(windowBegin, allDays.cend(), range.first, dayBefore);
    const auto end = std::upper_bound(begin, allDays.cend(), range.last,
                                      [](QDate date, const DayValues &day) { return date < day.date(); });

    std::array<DayPoints, 2> widerScores;
    for (auto it = windowBegin; it != end; ++it)
        for (Limb limb : {Limb::Hands, Limb::Feet})
            appendValue(widerScores[std::size_t(limb)], dayX(it->date()), it->limbScore(limb));

    const double firstX = dayX(range.first);
    for (Limb limb : {Limb::Hands, Limb::Feet}) {
        const std::size_t l = std::size_t(limb);
        const DayPoints average = sevenDayAverage(widerScores[l]);
        for (qsizetype i = 0; i < average.size(); ++i)
            if (average[i].x() >= firstX) {
                series.limbScore[l].append(widerScores[l][i]);
                series.limbAverage[l].append(average[i]);
            }
    }

    series.days = QList<DayValues>(begin, end);
    for (const DayValues &day : std::as_const(series.days)) {
        const double x = dayX(day.date());
        for (Limb limb : {Limb::Hands, Limb::Feet})
            for (int s = 0; s < kSymptomCount; ++s)
                appendValue(series.symptom[std::size_t(limb)][std::size_t(s)], x,
                            day.value(symptomField(Symptom(s), limb)));
        for (std::size_t t = 0; t < kTaskFields.size(); ++t)
            appendValue(series.task[t], x, day.value(kTaskFields[t]));
        appendValue(series.fineTasks, x, highestOf(day, kFineTaskFields));
        appendValue(series.walkingTasks, x, highestOf(day, kWalkingTaskFields));
        appendValue(series.falls, x, day.value(Field::Falls));
        appendValue(series.nearFalls, x, day.value(Field::NearFalls));
        appendValue(series.grade, x, GradeEstimate::forDay(day));
    }

    for (const TreatmentEvent &event : events)
        if (range.contains(event.date))
            series.events.append(event);
    std::stable_sort(series.events.begin(), series.events.end(),
                     [](const TreatmentEvent &a, const TreatmentEvent &b) { return a.date < b.date; });
    for (const AcknowledgedFlag &flag : flags)
        if (range.contains(flag.flag.date))
            series.flags.append(flag);
    return series;
}

TrendSeries TrendSeriesBuilder::build(const DiaryAnalysis &analysis, const QList<TreatmentEvent> &events,
                                      DayRange range)
{
    return build(analysis.days, events, analysis.flags, analysis.baseline, range);
}

DayRange TrendSeriesBuilder::lastDays(QDate lastDay, int dayCount)
{
    return DayRange{lastDay.addDays(-(qMax(dayCount, 1) - 1)), lastDay};
}

DayRange TrendSeriesBuilder::wholeDiary(const QList<DayValues> &allDays, QDate lastDay)
{
    if (allDays.isEmpty())
        return DayRange{lastDay, lastDay};
    return DayRange{std::min(allDays.first().date(), lastDay), std::max(allDays.last().date(), lastDay)};
}

} // namespace nd
