#pragma once

#include "ReportBlock.h"
#include "ReportDocument.h"
#include "ReportStyle.h"

#include <QColor>
#include <QStringList>

#include <memory>

namespace nd {

// A paragraph, wrapped to the width; each line is a piece, so a long paragraph
// may continue on the next page. A "%1" in the text can be replaced by the page
// of a named anchor when painted ("listed on page 4").
class TextBlock : public ReportBlock
{
public:
    TextBlock(const ReportFont &font, QColor colour, const QString &text, qreal width, qreal indent = 0);

    void setPageReference(std::shared_ptr<const ReportAnchors> anchors, const QString &anchor);

    int pieceCount() const override { return int(m_lines.size()); }
    qreal pieceHeight(int) const override { return m_font.lineHeight(); }
    void paintPiece(QPainter &painter, int piece, const QRectF &area) const override;

private:
    const ReportFont &m_font;
    QColor m_colour;
    QStringList m_lines;
    qreal m_indent = 0;
    std::shared_ptr<const ReportAnchors> m_anchors;
    QString m_anchor;
};

} // namespace nd
