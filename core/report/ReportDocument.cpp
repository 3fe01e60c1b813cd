#include "ReportDocument.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

#include <algorithm>

namespace nd {

ReportDocument::ReportDocument(std::shared_ptr<const ReportStyle> style, const PageGeometry &geometry,
                               ReportFrame frame, std::vector<std::unique_ptr<ReportBlock>> blocks,
                               std::vector<std::pair<QString, const ReportBlock *>> anchors,
                               std::shared_ptr<ReportAnchors> anchorPages)
    : m_style(std::move(style)), m_geometry(geometry), m_frame(std::move(frame)), m_blocks(std::move(blocks))
{
    paginate();
    if (!anchorPages)
        return;
    for (const auto &[name, block] : anchors) {
        for (std::size_t page = 0; page < m_pages.size(); ++page) {
            const auto &segments = m_pages[page];
            if (std::any_of(segments.begin(), segments.end(), [&](const Segment &s) {
                    return m_blocks[std::size_t(s.block)].get() == block;
                })) {
                anchorPages->set(name, int(page) + 1);
                break;
            }
        }
    }
}

void ReportDocument::paginate()
{
    const qreal top = m_geometry.body.top();
    const qreal bottom = m_geometry.body.bottom();
    m_pages.emplace_back();
    qreal y = top;
    auto newPage = [&] {
        m_pages.emplace_back();
        y = top;
    };
    auto pageIsEmpty = [&] {
        return m_pages.back().empty();
    };

    for (std::size_t b = 0; b < m_blocks.size(); ++b) {
        const ReportBlock &block = *m_blocks[b];
        if (block.pieceCount() == 0)
            continue;
        if (block.startsPage && !pageIsEmpty())
            newPage();
        if (!pageIsEmpty())
            y += block.spaceBefore;
        // A heading needs room for itself and the start of what it heads.
        qreal needed = block.headerHeight() + block.pieceHeight(0);
        if (block.keepWithNext && b + 1 < m_blocks.size() && m_blocks[b + 1]->pieceCount() > 0) {
            const ReportBlock &next = *m_blocks[b + 1];
            needed += block.spaceAfter + next.spaceBefore + next.headerHeight() + next.pieceHeight(0);
        }
        if (y + needed > bottom && !pageIsEmpty())
            newPage();

        Segment segment{int(b), 0, 0, y};
        y += block.headerHeight();
        for (int piece = 0; piece < block.pieceCount(); ++piece) {
            const qreal height = block.pieceHeight(piece);
            if (y + height > bottom && segment.endPiece > segment.firstPiece) {
                m_pages.back().push_back(segment);
                newPage();
                segment = Segment{int(b), piece, piece, y};
                y += block.headerHeight();
            }
            y += height;
            segment.endPiece = piece + 1;
        }
        m_pages.back().push_back(segment);
        y += block.spaceAfter;
    }
}

void ReportDocument::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setPen(m_style->ink);
    const qreal left = m_geometry.body.left();
    const qreal width = m_geometry.body.width();
    for (const Segment &segment : m_pages[std::size_t(page)]) {
        const ReportBlock &block = *m_blocks[std::size_t(segment.block)];
        qreal y = segment.top;
        if (const qreal header = block.headerHeight(); header > 0) {
            block.paintHeader(painter, QRectF(left, y, width, header));
            y += header;
        }
        for (int piece = segment.firstPiece; piece < segment.endPiece; ++piece) {
            const qreal height = block.pieceHeight(piece);
            block.paintPiece(painter, piece, QRectF(left, y, width, height));
            y += height;
        }
    }
    paintFrame(painter, page);
    painter.restore();
}

void ReportDocument::paintFrame(QPainter &painter, int page) const
{
    const ReportStyle &style = *m_style;
    const QRectF &header = m_geometry.header;
    const QRectF &footer = m_geometry.footer;

    painter.setPen(style.muted);
    const qreal headerTop = header.bottom() - style.small.lineHeight() - ReportUnits::pt(3);
    // A very long name gives way to the period rather than run into it.
    const qreal titleRoom = header.width() - style.small.advance(m_frame.period) - ReportUnits::mm(6);
    style.smallBold.drawLeft(painter, header.left(), headerTop,
                             style.smallBold.elided(m_frame.title, titleRoom));
    style.small.drawRight(painter, header.right(), headerTop, m_frame.period);
    painter.setPen(QPen(style.rule, ReportStyle::hairline()));
    painter.drawLine(QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom()));
    painter.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()));

    painter.setPen(style.muted);
    const qreal line1 = footer.top() + ReportUnits::pt(4);
    const QString pageText =
        QCoreApplication::translate("Report", "page %1 of %2").arg(page + 1).arg(pageCount());
    const qreal pageWidth = style.smallBold.advance(pageText);
    style.small.drawLeft(
        painter, footer.left(), line1,
        style.small.elided(m_frame.statement, footer.width() - pageWidth - ReportUnits::mm(6)));
    style.smallBold.drawRight(painter, footer.right(), line1, pageText);
    style.small.drawLeft(painter, footer.left(), line1 + style.small.lineHeight(), m_frame.generated);
}

bool ReportDocument::paint(QPagedPaintDevice &device, const Progress &progress) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const qreal scale = device.logicalDpiX() / ReportUnits::kPerInch;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            device.newPage();
        painter.resetTransform();
        painter.scale(scale, scale);
        paintPage(painter, page);
        if (progress && !progress(page + 1, pageCount())) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

} // namespace nd
