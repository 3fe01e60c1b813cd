#include "ReportCharts.h"

#include "ReportTexts.h"
#include "model/ValueWords.h"
#include "rules/GradeEstimate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace nd::ReportCharts {

using namespace ReportUnits;

namespace {

// Texts of this file, translated in the context "Report". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

struct Context
{
    const TrendSeries &series;
    int buckets;
    bool dense;      // too many days for a dot on each
    bool eventTicks; // too many events for lines

    ChartLine line(const DayPoints &points, QColor colour, qreal width, Qt::PenStyle style, bool step,
                   const QString &legend, bool markers = false) const
    {
        ChartLine result;
        result.runs =
            DownSampling::thinnedRuns(points, dayX(series.range.first), dayX(series.range.last), buckets);
        result.colour = colour;
        result.width = width;
        result.style = style;
        result.step = step;
        result.markers = markers && !dense;
        result.legend = legend;
        return result;
    }

    ChartSpec base(const QString &title) const
    {
        ChartSpec spec;
        spec.title = title;
        spec.range = series.range;
        if (series.baseline) {
            const DayRange baseline{std::max(series.baseline->first, series.range.first),
                                    std::min(series.baseline->last, series.range.last)};
            if (baseline.isValid())
                spec.shaded = baseline;
        }
        spec.shadedLegend = Tr::tr("baseline");
        for (const TreatmentEvent &event : series.events)
            spec.eventDates.append(event.date);
        spec.eventsAsTicks = eventTicks;
        return spec;
    }
};

QColor lighter(QColor colour)
{
    return QColor::fromRgbF(0.55f * colour.redF() + 0.45f, 0.55f * colour.greenF() + 0.45f,
                            0.55f * colour.blueF() + 0.45f);
}

// Days a bar stands for: one, or on long periods as many as keep bars about 4 points
// apart (a ten-year chart then has a bar a month).
int barSlotDays(const TrendSeries &series, qreal plotWidth)
{
    const qreal dayWidth = plotWidth / qreal(std::max<qint64>(1, series.range.dayCount()));
    return dayWidth >= pt(2) ? 1 : int(std::ceil(pt(4) / dayWidth));
}

// Counts added up over slots of `slotDays` days, placed in each slot's middle.
DayPoints totalPerSlot(const DayPoints &points, QDate first, int slotDays)
{
    if (slotDays <= 1)
        return points;
    DayPoints result;
    const double firstX = dayX(first);
    for (const QPointF &point : points) {
        const double slot = std::floor((point.x() - firstX) / slotDays);
        const double centre = firstX + slot * slotDays + (slotDays - 1) / 2.0;
        if (!result.isEmpty() && result.last().x() == centre)
            result.last().setY(result.last().y() + point.y());
        else
            result.append(QPointF(centre, point.y()));
    }
    return result;
}

// A scale from 0 to `maximum` with a numbered tick every `step`.
void setNumberScale(ChartSpec &spec, double maximum, int step)
{
    spec.yMin = 0;
    spec.yMax = maximum;
    for (int v = 0; v <= int(maximum); v += step)
        spec.yTicks.append({double(v), QString::number(v)});
}

ChartSpec limbChart(const Context &context, const ReportStyle &colours)
{
    ChartSpec spec = context.base(Tr::tr("Hands and feet"));
    spec.note = Tr::tr("highest of numbness, tingling, burning, pain (0–10)");
    setNumberScale(spec, 10, 2);
    const auto &hands = context.series.limbScore[std::size_t(Limb::Hands)];
    const auto &feet = context.series.limbScore[std::size_t(Limb::Feet)];
    spec.lines.append(
        context.line(hands, lighter(colours.hands), 0.6, Qt::SolidLine, false, Tr::tr("hands, daily"), true));
    spec.lines.append(
        context.line(feet, lighter(colours.feet), 0.6, Qt::DashLine, false, Tr::tr("feet, daily"), true));
    spec.lines.append(context.line(context.series.limbAverage[std::size_t(Limb::Hands)], colours.hands, 1.8,
                                   Qt::SolidLine, false, Tr::tr("hands, 7-day average")));
    spec.lines.append(context.line(context.series.limbAverage[std::size_t(Limb::Feet)], colours.feet, 1.8,
                                   Qt::DashLine, false, Tr::tr("feet, 7-day average")));
    return spec;
}

ChartSpec taskChart(const Context &context, const ReportStyle &colours)
{
    ChartSpec spec = context.base(Tr::tr("Daily tasks"));
    spec.note = Tr::tr("highest level of the day");
    spec.yMin = 0;
    spec.yMax = 4;
    for (int v = 0; v <= 4; ++v)
        spec.yTicks.append({double(v), ValueWords::taskLevel(v)});
    spec.lines.append(context.line(context.series.fineTasks, colours.hands, 1.4, Qt::SolidLine, true,
                                   Tr::tr("hand tasks")));
    spec.lines.append(context.line(context.series.walkingTasks, colours.feet, 1.4, Qt::DashLine, true,
                                   Tr::tr("walking, balance, feeling the ground")));
    return spec;
}

ChartSpec gradeChart(const Context &context, const ReportStyle &colours)
{
    ChartSpec spec = context.base(GradeEstimate::label());
    spec.note = Tr::tr("for discussion, not the official grade");
    setNumberScale(spec, 3, 1);
    spec.lines.append(
        context.line(context.series.grade, colours.accent, 1.4, Qt::SolidLine, true, Tr::tr("estimate")));
    return spec;
}

// Falls and near falls as bars side by side; on long periods added up over slots of days.
ChartSpec fallsChart(const Context &context, const ReportStyle &colours, qreal plotWidth)
{
    ChartSpec spec = context.base(Tr::tr("Falls"));
    spec.note = Tr::tr("per day");
    const int slotDays = barSlotDays(context.series, plotWidth);
    if (slotDays > 1)
        spec.note = Tr::tr("added up over every %1 days").arg(slotDays);
    const DayPoints falls = totalPerSlot(TrendSeriesBuilder::daysWith(context.series.falls, 1),
                                         context.series.range.first, slotDays);
    const DayPoints nearFalls = totalPerSlot(TrendSeriesBuilder::daysWith(context.series.nearFalls, 1),
                                             context.series.range.first, slotDays);
    double highest = 2;
    for (const QPointF &p : falls)
        highest = std::max(highest, p.y());
    for (const QPointF &p : nearFalls)
        highest = std::max(highest, p.y());
    setNumberScale(spec, highest, highest > 8 ? int(highest + 3) / 4 : 1);
    ChartBars fallBars;
    fallBars.points = falls;
    fallBars.colour = colours.ink;
    fallBars.offset = -0.22;
    fallBars.slotDays = slotDays;
    fallBars.legend = Tr::tr("falls");
    ChartBars nearBars;
    nearBars.points = nearFalls;
    nearBars.colour = colours.muted;
    nearBars.hollow = true;
    nearBars.offset = 0.22;
    nearBars.slotDays = slotDays;
    nearBars.legend = Tr::tr("near falls");
    spec.bars = {fallBars, nearBars};
    return spec;
}

} // namespace

bool eventsAsTicks(const TrendSeries &series, qreal plotWidth)
{
    return !series.events.isEmpty() && plotWidth / qreal(series.events.size()) < mm(3);
}

QList<ChartSpec> build(const TrendSeries &series, const ReportStyle &colours, qreal plotWidth)
{
    const int buckets = std::max(50, int(plotWidth / pt(0.45)));
    const Context context{series, buckets, series.range.dayCount() > 120, eventsAsTicks(series, plotWidth)};
    return {limbChart(context, colours), taskChart(context, colours), gradeChart(context, colours),
            fallsChart(context, colours, plotWidth)};
}

} // namespace nd::ReportCharts
