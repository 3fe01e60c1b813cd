#pragma once

#include "ReportBlock.h"
#include "ReportStyle.h"
#include "model/Region.h"

namespace nd {

// Where symptoms were marked in the baseline days and lately, side by side, with
// regions that are new since the baseline highlighted, and a legend.
class BodyMapBlock : public ReportBlock
{
public:
    BodyMapBlock(const ReportStyle &style, qreal width, QString baselineTitle, RegionSet baseline,
                 QString recentTitle, RegionSet recent);

    qreal pieceHeight(int) const override { return m_height; }
    void paintPiece(QPainter &painter, int piece, const QRectF &area) const override;

private:
    const ReportStyle &m_style;
    QString m_baselineTitle;
    RegionSet m_baseline;
    QString m_recentTitle;
    RegionSet m_recent;
    qreal m_panelWidth = 0;
    qreal m_mapHeight = 0;
    qreal m_height = 0;
};

} // namespace nd
