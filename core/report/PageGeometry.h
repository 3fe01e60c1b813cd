#pragma once

#include <QPageSize>
#include <QRectF>
#include <QSizeF>

namespace nd {

// Where things go on a sheet, in ReportUnits: the paper, the header band, the body
// the flow is laid into, and the footer band. Margins suit both A4 and US Letter
// and stay inside what office printers can reach.
struct PageGeometry
{
    QPageSize::PageSizeId pageSizeId = QPageSize::A4;
    QSizeF paper;
    QRectF header; // name and period
    QRectF body;
    QRectF footer; // statement, generation date, page number

    static PageGeometry forPage(QPageSize::PageSizeId id);
};

} // namespace nd
