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
    // Flows that share `anchors` can point to each other's pages (a trial layout of
    // page 1 shares the real flow's anchors).
    ReportFlow(std::shared_ptr<const ReportStyle> style, const PageGeometry &geometry,
               std::shared_ptr<ReportAnchors> anchors = std::make_shared<ReportAnchors>());

    const ReportStyle &style() const { return *m_style; }
    std::shared_ptr<const ReportStyle> sharedStyle() const { return m_style; }
    const PageGeometry &geometry() const { return m_geometry; }
    std::shared_ptr<ReportAnchors> anchors() const { return m_anchorPages; }
    // The height of everything added so far, laid out without page breaks.
    qreal flowHeight() const;
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
    std::shared_ptr<ReportAnchors> m_anchorPages;
    QString m_pendingAnchor;
};

} // namespace nd
