#pragma once

#include <QPainter>
#include <QRectF>

namespace nd {

// One part of the report's flow (a heading, a paragraph, a chart, a table). The
// paginator stacks blocks down the page; a block made of several pieces (the rows
// of a table) may continue on the next page between two pieces, where its header
// (the column titles) is painted again. All sizes are in ReportUnits.
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    virtual int pieceCount() const { return 1; }
    virtual qreal pieceHeight(int piece) const = 0;
    virtual void paintPiece(QPainter &painter, int piece, const QRectF &area) const = 0;

    // Painted above the first piece on every page the block appears on.
    virtual qreal headerHeight() const { return 0; }
    virtual void paintHeader(QPainter &painter, const QRectF &area) const
    {
        Q_UNUSED(painter);
        Q_UNUSED(area);
    }

    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    bool startsPage = false;   // a new section: always at the top of a page
    bool keepWithNext = false; // a heading: never alone at the bottom of a page
};

} // namespace nd
