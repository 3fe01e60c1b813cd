#include "FigureCardsBlock.h"

#include <algorithm>

namespace nd {

namespace {
const qreal kGap = ReportUnits::mm(3);
const qreal kPadding = ReportUnits::mm(2.5);
} // namespace

FigureCardsBlock::FigureCardsBlock(const ReportStyle &style, QList<FigureCard> cards, qreal width)
    : m_style(style), m_cards(std::move(cards))
{
    const int count = std::max(1, int(m_cards.size()));
    m_cardWidth = (width - (count - 1) * kGap) / count;
    int mostLines = 0;
    int mostTitleLines = 1;
    for (const FigureCard &card : m_cards) {
        m_titles.append(style.smallBold.wrapped(card.title, m_cardWidth - 2 * kPadding));
        mostTitleLines = std::max(mostTitleLines, int(m_titles.last().size()));
        QList<QStringList> wrapped;
        int lines = 0;
        for (const QString &line : card.lines) {
            wrapped.append(style.small.wrapped(line, m_cardWidth - 2 * kPadding));
            lines += int(wrapped.last().size());
        }
        m_wrapped.append(wrapped);
        mostLines = std::max(mostLines, lines);
    }
    m_titleHeight = mostTitleLines * style.smallBold.lineHeight();
    m_height =
        2 * kPadding + m_titleHeight + style.figure.lineHeight() + mostLines * style.small.lineHeight();
}

void FigureCardsBlock::paintPiece(QPainter &painter, int, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_cards.size(); ++i) {
        const FigureCard &card = m_cards[i];
        const QRectF box(area.left() + i * (m_cardWidth + kGap), area.top(), m_cardWidth, area.height());
        painter.setPen(QPen(m_style.rule, ReportStyle::hairline()));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, ReportUnits::mm(1.5), ReportUnits::mm(1.5));

        const qreal left = box.left() + kPadding;
        qreal y = box.top() + kPadding;
        painter.setPen(m_style.muted);
        for (int l = 0; l < m_titles[i].size(); ++l)
            m_style.smallBold.drawLeft(painter, left, y + l * m_style.smallBold.lineHeight(), m_titles[i][l]);
        y += m_titleHeight;
        painter.setPen(m_style.ink);
        m_style.figure.drawLeft(painter, left, y, card.figure);
        if (!card.unit.isEmpty()) {
            // The unit sits on the figure's baseline.
            painter.setPen(m_style.muted);
            const qreal x = left + m_style.figure.advance(card.figure) + ReportUnits::pt(3);
            m_style.body.drawLeft(painter, x, y + m_style.figure.ascent() - m_style.body.ascent(), card.unit);
        }
        y += m_style.figure.lineHeight();
        painter.setPen(m_style.ink);
        for (const QStringList &lines : m_wrapped[i]) {
            for (const QString &line : lines) {
                m_style.small.drawLeft(painter, left, y, line);
                y += m_style.small.lineHeight();
            }
        }
    }
    painter.restore();
}

} // namespace nd
