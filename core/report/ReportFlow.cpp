#include "ReportFlow.h"

#include "HeadingBlock.h"

namespace nd {

ReportFlow::ReportFlow(std::shared_ptr<const ReportStyle> style, const PageGeometry &geometry,
                       std::shared_ptr<ReportAnchors> anchors)
    : m_style(std::move(style)), m_geometry(geometry), m_anchorPages(std::move(anchors))
{}

qreal ReportFlow::flowHeight() const
{
    qreal height = 0;
    for (std::size_t b = 0; b < m_blocks.size(); ++b) {
        const ReportBlock &block = *m_blocks[b];
        if (block.pieceCount() == 0)
            continue;
        if (height > 0)
            height += block.spaceBefore;
        height += block.headerHeight();
        for (int piece = 0; piece < block.pieceCount(); ++piece)
            height += block.pieceHeight(piece);
        if (b + 1 < m_blocks.size())
            height += block.spaceAfter;
    }
    return height;
}

void ReportFlow::append(std::unique_ptr<ReportBlock> block)
{
    if (!m_pendingAnchor.isEmpty()) {
        m_anchors.emplace_back(m_pendingAnchor, block.get());
        m_pendingAnchor.clear();
    }
    m_blocks.push_back(std::move(block));
}

void ReportFlow::heading(const QString &text, bool newPage)
{
    add<HeadingBlock>(*m_style, text, HeadingBlock::Kind::Section, newPage);
}

void ReportFlow::subheading(const QString &text)
{
    add<HeadingBlock>(*m_style, text, HeadingBlock::Kind::Subsection);
}

TextBlock &ReportFlow::paragraph(const QString &text, const ReportFont &font, QColor colour,
                                 qreal spaceBefore, qreal spaceAfter)
{
    TextBlock &block = add<TextBlock>(font, colour, text, width());
    block.spaceBefore = spaceBefore;
    block.spaceAfter = spaceAfter;
    return block;
}

TextBlock &ReportFlow::pageReference(const QString &text, const QString &anchor)
{
    TextBlock &block = paragraph(text, m_style->small, m_style->muted, ReportUnits::pt(2));
    block.setPageReference(m_anchorPages, anchor);
    return block;
}

std::unique_ptr<ReportDocument> ReportFlow::finish(ReportFrame frame)
{
    return std::make_unique<ReportDocument>(m_style, m_geometry, std::move(frame), std::move(m_blocks),
                                            std::move(m_anchors), m_anchorPages);
}

} // namespace nd
