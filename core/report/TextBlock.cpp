#include "TextBlock.h"

namespace nd {

TextBlock::TextBlock(const ReportFont &font, QColor colour, const QString &text, qreal width, qreal indent)
    : m_font(font), m_colour(colour), m_lines(font.wrapped(text, width - indent)), m_indent(indent)
{}

void TextBlock::setPageReference(std::shared_ptr<const ReportAnchors> anchors, const QString &anchor)
{
    m_anchors = std::move(anchors);
    m_anchor = anchor;
}

void TextBlock::paintPiece(QPainter &painter, int piece, const QRectF &area) const
{
    QString line = m_lines[piece];
    if (m_anchors && line.contains(u"%1"))
        line = line.arg(m_anchors->page(m_anchor));
    painter.setPen(m_colour);
    m_font.drawLeft(painter, area.left() + m_indent, area.top(), line);
}

} // namespace nd
