#include "ChartOverlay.h"

#include "trends/EventLabels.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

namespace nd {

namespace {
constexpr double kMinEventSpacing = 8; // pixels between event lines, on average
} // namespace

ChartOverlay::ChartOverlay(QChart *chart, Layer layer)
    : QGraphicsObject(chart), m_chart(chart), m_layer(layer)
{
    // Backdrop between the plot background (0) and the grid (2); the cursor above the series.
    setZValue(layer == Layer::Backdrop ? 1.5 : 8);
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
    const QFont font = m_chart->titleFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    double lastLabelRight = -1e9;
    QColor lineColor = text;
    lineColor.setAlpha(150);
    // Over years, events would be closer than a few pixels: full-height lines would
    // grey out the chart. They become short ticks along the top edge instead.
    int shown = 0;
    for (const TreatmentEvent &event : std::as_const(m_events))
        shown += plot.contains(QPointF(xPosition(dayX(event.date)), plot.center().y())) ? 1 : 0;
    const bool ticksOnly = shown > 0 && plot.width() / shown < kMinEventSpacing;
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
        // Labels sit at the top of the plot; one that would overlap the previous is left
        // out (the side panel names every event of the cursor day).
        const QString label = eventShortLabel(event);
        const double width = metrics.horizontalAdvance(label) + 8;
        if (x + 3 < lastLabelRight)
            continue;
        const QRectF box(x + 3, plot.top() + 2, width, metrics.height() + 2);
        QColor background = m_chart->backgroundBrush().color();
        background.setAlpha(210);
        painter.fillRect(box, background);
        painter.setPen(text);
        painter.drawText(box.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
        lastLabelRight = box.right() + 6;
    }
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
