#pragma once

#include <QPainterPath>
#include <QScatterSeries>

namespace nd {

// The outline of a chart marker centred on `centre`, `r` from the centre to its tips.
// Charts, legend samples and flag icons all draw their shapes with it, so a shape
// means the same thing everywhere.
QPainterPath markerPath(QScatterSeries::MarkerShape shape, const QPointF &centre, qreal r);

} // namespace nd
