#include "PageGeometry.h"

#include "ReportStyle.h"

namespace nd {

PageGeometry PageGeometry::forPage(QPageSize::PageSizeId id)
{
    using namespace ReportUnits;
    PageGeometry geometry;
    geometry.pageSizeId = id;
    const QSizeF inches = QPageSize(id).size(QPageSize::Inch);
    geometry.paper = QSizeF(inches.width() * kPerInch, inches.height() * kPerInch);
    const qreal side = mm(16);
    const qreal width = geometry.paper.width() - 2 * side;
    geometry.header = QRectF(side, mm(10), width, mm(9));
    geometry.footer = QRectF(side, geometry.paper.height() - mm(18), width, mm(10));
    const qreal bodyTop = geometry.header.bottom() + mm(5);
    geometry.body = QRectF(side, bodyTop, width, geometry.footer.top() - mm(4) - bodyTop);
    return geometry;
}

} // namespace nd
