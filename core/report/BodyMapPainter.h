#pragma once

#include "ReportStyle.h"
#include "model/Region.h"

#include <QPainter>
#include <QRectF>

namespace nd {

// A small schematic of both arms and both legs (hands and feet seen from above, fingers
// and toes up, the arm or leg below) with the 22 regions of the diary, drawn as vector paths.
// Marked regions are filled grey; `highlighted` ones (e.g. new since the baseline)
// are filled darker with a hatch, so the difference survives black-and-white print.
namespace BodyMapPainter {

// The height a map needs for a given width (its figures keep their proportions).
qreal heightForWidth(qreal width);
void paint(QPainter &painter, const QRectF &area, const ReportStyle &style, RegionSet marked,
           RegionSet highlighted);
// The legend swatches, same fills as the map.
void paintSwatch(QPainter &painter, const QRectF &box, const ReportStyle &style, bool highlighted);

} // namespace BodyMapPainter
} // namespace nd
