#pragma once

#include "PageGeometry.h"
#include "ReportDocument.h"
#include "ReportStyle.h"
#include "TextBlock.h"

#include <memory>
#include <vector>

namespace nd {

// The report being assembled: sections append blocks in reading order, name the
// places page 1 refers to, and finish() cuts the flow into pages.
class ReportFlow
{
public:
    ReportFlow(std::shared_ptr<const ReportStyle> style, const PageGeometry &geometry);

    const ReportStyle &style() const { return *m_style; }
    qreal width() const { return m_geometry.body.width(); }
    qreal pageBodyHeight() const { return m_geometry.body.height(); }

    template<class Block, class... Args> Block &add(Args &&...args)
    {
        auto block = std::make_unique<Block>(std::forward<Args>(args)...);
        Block &result = *block;
        append(std::move(block));
        return result;
    }

    // A section title; `newPage` for the big sections (charts, day by day).
    void heading(const QString &text, bool newPage);
    void subheading(const QString &text);
    TextBlock &paragraph(const QString &text, const ReportFont &font, QColor colour, qreal spaceBefore = 0,
                         qreal spaceAfter = 0);
    // A paragraph whose "%1" becomes the page of `anchor` once the report is paginated.
    TextBlock &pageReference(const QString &text, const QString &anchor);

    // The next block added marks where `name` begins.
    void anchorNext(const QString &name) { m_pendingAnchor = name; }

    std::unique_ptr<ReportDocument> finish(ReportFrame frame);

private:
    void append(std::unique_ptr<ReportBlock> block);

    std::shared_ptr<const ReportStyle> m_style;
    PageGeometry m_geometry;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    std::vector<std::pair<QString, const ReportBlock *>> m_anchors;
    std::shared_ptr<ReportAnchors> m_anchorPages = std::make_shared<ReportAnchors>();
    QString m_pendingAnchor;
};

} // namespace nd
