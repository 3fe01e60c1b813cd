#pragma once

#include "trends/DownSampling.h"
#include "trends/TrendSeries.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace nd {

// One line of a chart, already thinned for print (see DownSampling).
struct ChartLine
{
    QList<DownSampling::Run> runs;
    QColor colour;
    qreal width = 1;                    // points
    Qt::PenStyle style = Qt::SolidLine; // so series differ in black and white too
    bool step = false;                  // levels: hold the value until the next day
    bool markers = false;               // a dot on each day (short periods)
    QString legend;
};

// Counts drawn as thin bars from zero (falls), one per day with a value ≥ 1.
struct ChartBars
{
    QList<QPointF> points;
    QColor colour;
    bool hollow = false; // near falls: outlined, falls: filled
    qreal offset = 0;    // fraction of a slot, so two bar series sit side by side
    qreal slotDays = 1;  // days one bar stands for (long periods: the highest day of each slot)
    QString legend;
};

struct ChartTick
{
    double value;
    QString label;
};

// Everything one chart shows over the report's days; the painter only draws it.
struct ChartSpec
{
    QString title;
    QString note; // a line under the title, e.g. "patient-reported estimate"
    DayRange range;
    double yMin = 0;
    double yMax = 10;
    QList<ChartTick> yTicks;
    QList<ChartLine> lines;
    QList<ChartBars> bars;
    std::optional<DayRange> shaded; // the baseline days inside the range
    QString shadedLegend;
    QList<QDate> eventDates; // dashed vertical lines
    // Too many events for lines through the plot (years of infusions): a short tick
    // at its top edge instead, so the data stays readable.
    bool eventsAsTicks = false;
};

} // namespace nd
