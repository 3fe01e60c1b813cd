#pragma once

#include "ReportBlock.h"
#include "ReportStyle.h"

#include <QString>

namespace nd {

// A section title (large, with a rule under it) or a subsection title. Never left
// alone at the bottom of a page; a section may ask to begin on a new page.
class HeadingBlock : public ReportBlock
{
public:
    enum class Kind { Section, Subsection };
    HeadingBlock(const ReportStyle &style, const QString &text, Kind kind, bool newPage = false);

    qreal pieceHeight(int) const override;
    void paintPiece(QPainter &painter, int piece, const QRectF &area) const override;

private:
    const ReportFont &font() const;

    const ReportStyle &m_style;
    QString m_text;
    Kind m_kind = Kind::Section;
};

} // namespace nd
