#pragma once

#include "ChartSpec.h"
#include "ReportStyle.h"

#include <QPainter>
#include <QRectF>

namespace nd {

// Draws report charts with QPainter only (core has no widgets, so no Qt Charts):
// axes, grid, date ticks, lines, step lines, markers, bars, event lines and the
// baseline band, all as vectors so they print sharp at any size.
// Every chart of a report shares the same left gutter, so stacked charts and the
// marker strip line up day for day.
namespace ChartPainter {

qreal gutterWidth();
// The plot inside `area` once the title line and the date labels are taken off.
QRectF plotRect(const QRectF &area, const ReportStyle &style);
// The x of a day (its centre) in a plot spanning `range`.
qreal xOfDay(const DayRange &range, const QRectF &plot, QDate day);
qreal xOf(const DayRange &range, const QRectF &plot, double dayX);

// Dates to mark under a chart of `range` (a handful, evenly spread, on round days).
QList<std::pair<QDate, QString>> timeTicks(const DayRange &range, qreal plotWidth, const ReportStyle &style);

void paint(QPainter &painter, const QRectF &area, const ReportStyle &style, const ChartSpec &spec);

// Draws a legend sample (a short line or a bar) and its words; returns the width used.
qreal paintLegendLine(QPainter &painter, qreal x, qreal top, const ReportStyle &style, const ChartLine &line);
qreal paintLegendBars(QPainter &painter, qreal x, qreal top, const ReportStyle &style, const ChartBars &bars);

} // namespace ChartPainter
} // namespace nd
