#pragma once

#include "ChartSpec.h"
#include "ReportStyle.h"
#include "trends/TrendSeries.h"

#include <QList>

namespace nd {

// The report's charts from the Trends series builder (the same data as the Trends
// page): limb scores with 7-day averages, task levels, the estimated grade and falls,
// with the baseline band and treatment events. Series are thinned for print: a
// ten-year chart keeps each bucket's lowest and highest day, never invented values.
namespace ReportCharts {

QList<ChartSpec> build(const TrendSeries &series, const ReportStyle &style, qreal plotWidth);

// True when the period has too many treatment events to draw each as a line
// through the charts (they become ticks on the charts' top edges).
bool eventsAsTicks(const TrendSeries &series, qreal plotWidth);

} // namespace ReportCharts
} // namespace nd
