#pragma once

#include "ReportBlock.h"
#include "ReportStyle.h"

#include <QList>
#include <QStringList>

namespace nd {

// One key number of the summary with what it means.
struct FigureCard
{
    QString title;     // "Feet"
    QString figure;    // "5.3"
    QString unit;      // "/ 10", beside the figure
    QStringList lines; // "baseline 1.0", "change +4.3"
};

// Key numbers side by side in framed cards: what the reader should see first.
class FigureCardsBlock : public ReportBlock
{
public:
    FigureCardsBlock(const ReportStyle &style, QList<FigureCard> cards, qreal width);

    qreal pieceHeight(int) const override { return m_height; }
    void paintPiece(QPainter &painter, int piece, const QRectF &area) const override;

private:
    const ReportStyle &m_style;
    QList<FigureCard> m_cards;
    QList<QStringList> m_titles;         // per card, wrapped
    QList<QList<QStringList>> m_wrapped; // per card, per line
    qreal m_titleHeight = 0;
    qreal m_cardWidth = 0;
    qreal m_height = 0;
};

} // namespace nd
