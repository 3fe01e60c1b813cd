#pragma once

#include "rules/Flag.h"

#include <QColor>
#include <QIcon>
#include <QPainterPath>
#include <QRectF>
#include <QScatterSeries>

namespace nd {

// How a flag level looks everywhere in the window: a shape, a colour and a word, so
// the level never depends on colour alone. Watch is a circle, "tell your care team
// soon" a triangle, urgent a star. Chart markers and list icons use the same shapes.
namespace FlagLevelStyle {

QScatterSeries::MarkerShape markerShape(FlagLevel level);
QColor color(FlagLevel level);
// The level's shape filling `rect` (for painting icons and legends).
QPainterPath shape(FlagLevel level, const QRectF &rect);
// The shape drawn in the level's colour with a dark outline, `size` pixels square.
QIcon icon(FlagLevel level, int size = 32);
// A short word for lists and legends: "Watch", "Contact soon", "Urgent".
QString shortName(FlagLevel level);

} // namespace FlagLevelStyle

} // namespace nd
