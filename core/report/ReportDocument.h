#pragma once

#include "PageGeometry.h"
#include "ReportBlock.h"
#include "ReportStyle.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace nd {

// What every page repeats around the flow.
struct ReportFrame
{
    QString title;     // header, left: e.g. "Nerve symptom diary: Alex Demo"
    QString period;    // header, right
    QString statement; // footer: patient-kept diary, not a diagnosis
    QString generated; // footer: when the report was made
};

// Page numbers of named places (e.g. the first page of the flag details), filled
// in once the flow has been paginated so page 1 can point to later pages.
class ReportAnchors
{
public:
    void set(const QString &name, int page) { m_pages.insert(name, page); }
    int page(const QString &name) const { return m_pages.value(name, 0); }

private:
    QHash<QString, int> m_pages;
};

// A laid-out report: its blocks cut into pages. Painting a page is cheap, so the
// preview paints only what is visible and the PDF writer paints page after page.
// Not thread-safe for concurrent painting: give each thread its own document.
class ReportDocument
{
public:
    // Called with (pages done, pages in all); return false to stop.
    using Progress = std::function<bool(int done, int total)>;

    ReportDocument(std::shared_ptr<const ReportStyle> style, const PageGeometry &geometry, ReportFrame frame,
                   std::vector<std::unique_ptr<ReportBlock>> blocks,
                   std::vector<std::pair<QString, const ReportBlock *>> anchors,
                   std::shared_ptr<ReportAnchors> anchorPages);

    int pageCount() const { return int(m_pages.size()); }
    const PageGeometry &geometry() const { return m_geometry; }

    // Paints one page (0-based) in ReportUnits with the origin at the paper's corner;
    // the caller scales the painter to its device.
    void paintPage(QPainter &painter, int page) const;

    // Paints every page onto a PDF writer or printer, one sheet each, scaled from
    // ReportUnits to the device's resolution. False when `progress` asked to stop.
    bool paint(QPagedPaintDevice &device, const Progress &progress = {}) const;

private:
    struct Segment
    {
        int block = 0;
        int firstPiece = 0;
        int endPiece = 0;
        qreal top = 0;
    };
    void paginate();
    void paintFrame(QPainter &painter, int page) const;

    std::shared_ptr<const ReportStyle> m_style;
    PageGeometry m_geometry;
    ReportFrame m_frame;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    std::vector<std::vector<Segment>> m_pages;
};

} // namespace nd
