#include "ChartOverlay.h"

#include "trends/EventLabels.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
constexpr double kMinEventSpacing = 8; // pixels between event lines, on average
constexpr double kLabelPadding = 4;    // inside a label's box, left and right
constexpr double kLabelGap = 6;        // between a label and an event line or another label
} // namespace

ChartOverlay::ChartOverlay(QChart *chart, Layer layer)
    : QGraphicsObject(chart), m_chart(chart), m_layer(layer)
{
    // Backdrop between the plot background (0) and the grid (2); the cursor above the grid and
    // the axes (3) but below the series (4), so a marker on the cursor's day (today's flag at
    // the right edge) stays whole on top of the line.
    setZValue(layer == Layer::Backdrop ? 1.5 : 3.5);
    setAcceptedMouseButtons(Qt::NoButton);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
}

void ChartOverlay::setXRange(double minX, double maxX)
{
    m_minX = minX;
    m_maxX = maxX > minX ? maxX : minX + 1;
    update();
}

double ChartOverlay::xPosition(double x) const
{
    const QRectF plot = m_chart->plotArea();
    return plot.left() + (x - m_minX) / (m_maxX - m_minX) * plot.width();
}

QRectF ChartOverlay::boundingRect() const
{
    return m_chart->plotArea().adjusted(-2, -2, 2, 2);
}

void ChartOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    painter->save();
    painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
    if (m_layer == Layer::Backdrop)
        paintBackdrop(*painter, plot);
    else
        paintCursor(*painter, plot);
    painter->restore();
}

void ChartOverlay::paintBackdrop(QPainter &painter, const QRectF &plot)
{
    const QColor text = m_chart->titleBrush().color();
    if (m_baselineVisible && m_baseline && m_baseline->isValid()) {
        const double left = std::max(plot.left(), xPosition(dayX(m_baseline->first) - 0.5));
        const double right = std::min(plot.right(), xPosition(dayX(m_baseline->last) + 0.5));
        if (right > left) {
            // Diagonal hatching as well as a tint: the band shows without colour too.
            QColor tint(0x56, 0xb4, 0xe9, 40);
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), tint);
            QColor hatch(0x56, 0xb4, 0xe9, 90);
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()),
                             QBrush(hatch, Qt::BDiagPattern));
        }
    }
    if (!m_eventsVisible)
        return;
    QColor lineColor = text;
    lineColor.setAlpha(150);
    // Over years, events would be closer than a few pixels: full-height lines would
    // grey out the chart. They become short ticks along the top edge instead.
    const bool ticksOnly = onlyTicks(plot);
    const double tickLength = std::min(10.0, plot.height() / 6);
    for (const TreatmentEvent &event : std::as_const(m_events)) {
        const double x = xPosition(dayX(event.date));
        if (x < plot.left() - 1 || x > plot.right() + 1)
            continue;
        if (ticksOnly) {
            painter.setPen(QPen(lineColor, 1.5));
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.top() + tickLength));
            continue;
        }
        painter.setPen(QPen(lineColor, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter.setFont(m_chart->titleFont());
    QColor background = m_chart->backgroundBrush().color();
    background.setAlpha(210);
    for (const EventLabel &label : eventLabels()) {
        painter.fillRect(label.box, background);
        painter.setPen(text);
        painter.drawText(label.box.adjusted(kLabelPadding, 0, -kLabelPadding, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
}

bool ChartOverlay::onlyTicks(const QRectF &plot) const
{
    int shown = 0;
    for (const TreatmentEvent &event : std::as_const(m_events))
        shown += plot.contains(QPointF(xPosition(dayX(event.date)), plot.center().y())) ? 1 : 0;
    return shown > 0 && plot.width() / shown < kMinEventSpacing;
}

QList<ChartOverlay::EventLabel> ChartOverlay::eventLabels() const
{
    QList<EventLabel> labels;
    const QRectF plot = m_chart->plotArea();
    if (!m_eventsVisible || plot.isEmpty() || onlyTicks(plot))
        return labels;
    const QFontMetricsF metrics(m_chart->titleFont());
    const double height = metrics.height() + 2;
    // Shorter than a few letters and an ellipsis, a label says nothing: left out (the side
    // panel and the tooltip name every event of a day).
    const double smallest = metrics.horizontalAdvance(u"Mm…"_s) + 2 * kLabelPadding;
    QList<const TreatmentEvent *> shown;
    for (const TreatmentEvent &event : std::as_const(m_events)) {
        const double x = xPosition(dayX(event.date));
        if (x >= plot.left() - 1 && x <= plot.right() + 1)
            shown.append(&event);
    }
    double freeFrom = plot.left(); // labels so far end before this
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const TreatmentEvent &event = *shown[i];
        const double x = xPosition(dayX(event.date));
        // Up to the next event's line (its label starts there), or the plot's edge.
        const double nextLine = i + 1 < shown.size() ? xPosition(dayX(shown[i + 1]->date)) : plot.right();
        const QString full = eventShortLabel(event);
        const double wanted = std::ceil(metrics.horizontalAdvance(full)) + 2 * kLabelPadding + 1;
        const auto place = [&](double left, double width) {
            const QString shownText =
                metrics.elidedText(full, Qt::ElideRight, width - 2 * kLabelPadding, Qt::TextSingleLine);
            labels.append(EventLabel{QRectF(left, plot.top() + 2, width, height), shownText, event});
            freeFrom = left + width + kLabelGap;
        };
        const double left = x + kLabelGap / 2;
        if (left < freeFrom)
            continue; // over the previous label
        const double rightRoom = std::min(nextLine - kLabelGap / 2, plot.right()) - left;
        const double leftRoom = x - kLabelGap / 2 - freeFrom;
        if (wanted <= rightRoom)
            place(left, wanted);
        else if (i + 1 == shown.size() && wanted <= leftRoom)
            place(x - kLabelGap / 2 - wanted, wanted); // the last one, against the right edge
        else if (rightRoom >= smallest)
            place(left, rightRoom);
    }
    return labels;
}

void ChartOverlay::paintCursor(QPainter &painter, const QRectF &plot)
{
    if (!m_cursor)
        return;
    const double x = xPosition(dayX(*m_cursor));
    if (x < plot.left() - 1 || x > plot.right() + 1)
        return;
    // A two-tone line is visible on any background.
    painter.setPen(QPen(QColor(255, 255, 255, 200), 5));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
}

} // namespace nd
