#pragma once

#include "ChartSpec.h"
#include "ReportBlock.h"
#include "ReportStyle.h"
#include "rules/AcknowledgedFlag.h"

namespace nd {

// One chart of the charts page.
class ChartBlock : public ReportBlock
{
public:
    ChartBlock(const ReportStyle &style, ChartSpec spec, qreal height);

    qreal pieceHeight(int) const override { return m_height; }
    void paintPiece(QPainter &painter, int piece, const QRectF &area) const override;

private:
    const ReportStyle &m_style;
    ChartSpec m_spec;
    qreal m_height = 0;
};

// The strip above the charts: treatment events (a tick and a short label where
// there is room) and flags (their level symbol), on the same days as the charts.
class ChartMarkersBlock : public ReportBlock
{
public:
    struct Event
    {
        QDate date;
        QString label;
    };
    ChartMarkersBlock(const ReportStyle &style, DayRange range, QList<Event> events,
                      QList<AcknowledgedFlag> flags, bool eventsAsTicks);

    qreal pieceHeight(int) const override;
    void paintPiece(QPainter &painter, int piece, const QRectF &area) const override;

private:
    const ReportStyle &m_style;
    DayRange m_range;
    QList<Event> m_events;
    QList<AcknowledgedFlag> m_flags;
    bool m_eventsAsTicks = false;
};

} // namespace nd
