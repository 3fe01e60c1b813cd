#include "BodyMapBlock.h"

#include "BodyMapPainter.h"

#include <QCoreApplication>

namespace nd {

namespace {
const qreal kPanelGap = ReportUnits::mm(10);
} // namespace

BodyMapBlock::BodyMapBlock(const ReportStyle &style, qreal width, QString baselineTitle, RegionSet baseline,
                           QString recentTitle, RegionSet recent)
    : m_style(style), m_baselineTitle(std::move(baselineTitle)), m_baseline(baseline),
      m_recentTitle(std::move(recentTitle)), m_recent(recent)
{
    m_panelWidth = std::min((width - kPanelGap) / 2, ReportUnits::mm(78));
    m_mapHeight = BodyMapPainter::heightForWidth(m_panelWidth);
    m_height = style.smallBold.lineHeight() + ReportUnits::pt(3) + m_mapHeight + ReportUnits::pt(4) +
               style.small.lineHeight();
}

void BodyMapBlock::paintPiece(QPainter &painter, int, const QRectF &area) const
{
    const RegionSet added = RegionSet::fromBits(m_recent.bits() & ~m_baseline.bits());
    const qreal mapTop = area.top() + m_style.smallBold.lineHeight() + ReportUnits::pt(3);
    const qreal rightPanel = area.left() + m_panelWidth + kPanelGap;

    painter.setPen(m_style.ink);
    m_style.smallBold.drawLeft(painter, area.left(), area.top(), m_baselineTitle);
    m_style.smallBold.drawLeft(painter, rightPanel, area.top(), m_recentTitle);
    BodyMapPainter::paint(painter, QRectF(area.left(), mapTop, m_panelWidth, m_mapHeight), m_style,
                          m_baseline, {});
    BodyMapPainter::paint(painter, QRectF(rightPanel, mapTop, m_panelWidth, m_mapHeight), m_style, m_recent,
                          added);

    // Legend: the two fills in words.
    const qreal legendTop = mapTop + m_mapHeight + ReportUnits::pt(4);
    const qreal swatch = m_style.small.ascent() * 0.9;
    qreal x = area.left();
    const QString marked = QCoreApplication::translate("Report", "marked");
    const QString fresh = QCoreApplication::translate("Report", "new since the baseline (hatched)");
    BodyMapPainter::paintSwatch(painter, QRectF(x, legendTop + ReportUnits::pt(1), swatch, swatch), m_style,
                                false);
    x += swatch + ReportUnits::pt(3);
    painter.setPen(m_style.muted);
    m_style.small.drawLeft(painter, x, legendTop, marked);
    x += m_style.small.advance(marked) + ReportUnits::mm(5);
    BodyMapPainter::paintSwatch(painter, QRectF(x, legendTop + ReportUnits::pt(1), swatch, swatch), m_style,
                                true);
    x += swatch + ReportUnits::pt(3);
    painter.setPen(m_style.muted);
    m_style.small.drawLeft(painter, x, legendTop, fresh);
}

} // namespace nd
