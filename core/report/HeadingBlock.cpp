#include "HeadingBlock.h"

namespace nd {

using namespace ReportUnits;

HeadingBlock::HeadingBlock(const ReportStyle &style, const QString &text, Kind kind, bool newPage)
    : m_style(style), m_text(text), m_kind(kind)
{
    keepWithNext = true;
    startsPage = newPage;
    spaceBefore = pt(kind == Kind::Section ? 16 : 10);
    spaceAfter = pt(kind == Kind::Section ? 6 : 3);
}

const ReportFont &HeadingBlock::font() const
{
    return m_kind == Kind::Section ? m_style.heading : m_style.subheading;
}

qreal HeadingBlock::pieceHeight(int) const
{
    return font().lineHeight() + pt(m_kind == Kind::Section ? 3 : 0);
}

void HeadingBlock::paintPiece(QPainter &painter, int, const QRectF &area) const
{
    painter.setPen(m_kind == Kind::Section ? m_style.accent : m_style.ink);
    font().drawLeft(painter, area.left(), area.top(), m_text);
    if (m_kind == Kind::Section) {
        painter.setPen(QPen(m_style.accent, pt(0.8)));
        painter.drawLine(QPointF(area.left(), area.bottom() - pt(0.4)),
                         QPointF(area.right(), area.bottom() - pt(0.4)));
    }
}

} // namespace nd
