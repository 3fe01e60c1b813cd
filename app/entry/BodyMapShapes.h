#pragma once

#include "model/Region.h"

#include <QPainterPath>
#include <QRectF>

#include <array>

namespace nd {

// The drawing of both hands and both feet as vector shapes in "map units"
// (450 × 220; the widget scales them to its size and the screen's DPI).
// Four columns from left to right: left hand, right hand, left foot, right foot,
// each seen from above (backs of the hands, tops of the feet), so the thumbs and
// big toes point inwards; fingers and toes point up, as in the report's map, so the
// rows of hands and feet line up. Pure geometry: no painting, no widgets.
class BodyMapShapes
{
public:
    static constexpr qreal kWidth = 450.0;
    static constexpr qreal kHeight = 320.0;
    static constexpr int kColumns = 4; // left hand, right hand, left foot, right foot
    static constexpr int kRows = 6;    // the most regions of one limb, from top to bottom
    // Rows of a column: an arm has six regions (fingertips down to the upper arm), a leg
    // five (toes down to the thigh).
    static int rowCount(int column) { return column < 2 ? 6 : 5; }

    BodyMapShapes();

    // The outline of one region (filled shape, in map units).
    const QPainterPath &shape(Region region) const { return m_shapes[std::size_t(region.index())]; }
    // The whole limb a region belongs to (for the outer outline).
    const QPainterPath &limbOutline(int column) const { return m_limbs[std::size_t(column)]; }
    QRectF columnRect(int column) const;

    // Grid position of a region: column (limb) and row (top to bottom).
    static int columnOf(Region region);
    static int rowOf(Region region);
    static Region regionAt(int column, int row);

    // The region under a point (map units). Inside a limb's column a point off the
    // drawing still counts for the nearest region within `tolerance` units, so
    // targets are much larger than the thin fingers they show.
    std::optional<Region> regionAt(const QPointF &point, qreal tolerance) const;

private:
    std::array<QPainterPath, kRegionCount> m_shapes;
    std::array<QPainterPath, kColumns> m_limbs;
};

} // namespace nd
