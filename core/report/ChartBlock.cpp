#include "ChartBlock.h"

#include "ChartPainter.h"

#include <QCoreApplication>

namespace nd {

using namespace ReportUnits;

ChartBlock::ChartBlock(const ReportStyle &style, ChartSpec spec, qreal height)
    : m_style(style), m_spec(std::move(spec)), m_height(height)
{
    spaceBefore = pt(8);
}

void ChartBlock::paintPiece(QPainter &painter, int, const QRectF &area) const
{
    ChartPainter::paint(painter, area, m_style, m_spec);
}

ChartMarkersBlock::ChartMarkersBlock(const ReportStyle &style, DayRange range, QList<Event> events,
                                     QList<AcknowledgedFlag> flags, bool eventsAsTicks)
    : m_style(style), m_range(range), m_events(std::move(events)), m_flags(std::move(flags)),
      m_eventsAsTicks(eventsAsTicks)
{
    spaceBefore = pt(4);
}

qreal ChartMarkersBlock::pieceHeight(int) const
{
    return 3 * m_style.small.lineHeight() + pt(8);
}

void ChartMarkersBlock::paintPiece(QPainter &painter, int, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The same columns as the charts below: only the horizontal part of a plot is used.
    const QRectF columns = ChartPainter::plotRect(area, m_style);
    const QRectF plot(columns.left(), area.top(), columns.width(), area.height());
    const qreal line = m_style.small.lineHeight();
    const qreal eventsTop = area.top();
    const qreal flagsTop = eventsTop + line + pt(3);
    const qreal legendTop = flagsTop + line + pt(4);

    painter.setPen(m_style.muted);
    m_style.smallBold.drawRight(painter, plot.left() - pt(3), eventsTop,
                                QCoreApplication::translate("Report", "Events"));
    m_style.smallBold.drawRight(painter, plot.left() - pt(3), flagsTop,
                                QCoreApplication::translate("Report", "Flags"));
    painter.setPen(QPen(m_style.rule, ReportStyle::hairline()));
    painter.drawLine(QPointF(plot.left(), flagsTop - pt(1.5)), QPointF(plot.right(), flagsTop - pt(1.5)));
    painter.drawLine(QPointF(plot.left(), legendTop - pt(2)), QPointF(plot.right(), legendTop - pt(2)));

    // Events: a tick on the day, and the label when it does not run into the previous one.
    qreal lastRight = -1e9;
    for (const Event &event : m_events) {
        if (!m_range.contains(event.date))
            continue;
        const qreal x = ChartPainter::xOfDay(m_range, plot, event.date);
        painter.setPen(QPen(m_style.muted, pt(0.8)));
        painter.drawLine(QPointF(x, eventsTop + pt(1)), QPointF(x, flagsTop - pt(1.5)));
        const qreal width = m_style.small.advance(event.label);
        if (x + pt(2) > lastRight + pt(4) && x + pt(2) + width <= plot.right() + mm(2)) {
            painter.fillRect(QRectF(x + pt(1), eventsTop, width + pt(2), line), Qt::white);
            painter.setPen(m_style.ink);
            m_style.small.drawLeft(painter, x + pt(2), eventsTop, event.label);
            lastRight = x + pt(2) + width;
        }
    }

    // Flags: the most pressing level painted last, so it stays on top.
    const qreal symbol = m_style.small.ascent() * 0.95;
    const qreal centreY = flagsTop + m_style.small.ascent() * 0.55;
    for (FlagLevel level : {FlagLevel::Watch, FlagLevel::ContactTeam, FlagLevel::Urgent})
        for (const AcknowledgedFlag &flag : m_flags)
            if (flag.flag.level() == level && m_range.contains(flag.flag.date))
                paintLevelSymbol(painter, level,
                                 QPointF(ChartPainter::xOfDay(m_range, plot, flag.flag.date), centreY),
                                 symbol);

    // Legend: the shapes in words, and what the dashed lines are.
    qreal x = plot.left();
    for (FlagLevel level : {FlagLevel::Urgent, FlagLevel::ContactTeam, FlagLevel::Watch}) {
        paintLevelSymbol(painter, level, QPointF(x + symbol / 2, legendTop + m_style.small.ascent() * 0.55),
                         symbol);
        x += symbol + pt(3);
        painter.setPen(m_style.ink);
        const QString word = levelWord(level);
        m_style.small.drawLeft(painter, x, legendTop, word);
        x += m_style.small.advance(word) + mm(4);
    }
    painter.setPen(m_eventsAsTicks ? QPen(m_style.muted, pt(0.6))
                                   : QPen(m_style.muted, pt(0.6), Qt::DashLine));
    painter.drawLine(QPointF(x + pt(2), legendTop), QPointF(x + pt(2), legendTop + m_style.small.ascent()));
    painter.setPen(m_style.ink);
    m_style.small.drawLeft(
        painter, x + pt(6), legendTop,
        m_eventsAsTicks
            ? QCoreApplication::translate("Report", "treatment event (a tick above every chart)")
            : QCoreApplication::translate("Report", "treatment event (dashed line in every chart)"));
    painter.restore();
}

} // namespace nd
