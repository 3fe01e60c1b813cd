// The charts page: the same series as the Trends page, drawn as vectors.
#include "ChartBlock.h"
#include "ChartPainter.h"
#include "ReportCharts.h"
#include "ReportSections.h"
#include "trends/EventLabels.h"

#include <QCoreApplication>

namespace nd::ReportSections {

using namespace ReportUnits;

void addCharts(ReportFlow &flow, const ReportData &data)
{
    const ReportStyle &style = flow.style();
    flow.heading(QCoreApplication::translate("Report", "How it went"), true);
    flow.paragraph(QCoreApplication::translate(
                       "Report", "Each day shows the highest value of the patient's and caregiver's entries. "
                                 "Days without an entry are gaps; the grey band marks the baseline days."),
                   style.small, style.muted, 0, pt(2));

    QList<ChartMarkersBlock::Event> events;
    for (const TreatmentEvent &event : data.series.events)
        events.append({event.date, eventShortLabel(event)});
    const qreal plotWidth = flow.width() - ChartPainter::gutterWidth() - mm(2);
    flow.add<ChartMarkersBlock>(style, data.series.range, events, data.series.flags,
                                ReportCharts::eventsAsTicks(data.series, plotWidth));

    const QList<ChartSpec> charts = ReportCharts::build(data.series, style, plotWidth);
    // The charts share what the page has left under the title and the marker strip
    // (A4 and US Letter differ), the symptom chart getting the most.
    const qreal room = flow.pageBodyHeight() - mm(52);
    const qreal shares[] = {0.34, 0.24, 0.21, 0.21};
    for (qsizetype i = 0; i < charts.size(); ++i)
        flow.add<ChartBlock>(style, charts[i], room * shares[std::min<qsizetype>(i, 3)]);
}

} // namespace nd::ReportSections
