#include "MarkerPath.h"

#include <cmath>

namespace nd {

QPainterPath markerPath(QScatterSeries::MarkerShape shape, const QPointF &c, qreal r)
{
    QPainterPath path;
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        path.addRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle: {
        QPolygonF diamond{{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
        path.addPolygon(diamond);
        path.closeSubpath();
        break;
    }
    case QScatterSeries::MarkerShapeTriangle: {
        QPolygonF triangle{{c.x(), c.y() - r}, {c.x() + r, c.y() + r * 0.8}, {c.x() - r, c.y() + r * 0.8}};
        path.addPolygon(triangle);
        path.closeSubpath();
        break;
    }
    case QScatterSeries::MarkerShapeStar: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = i % 2 == 0 ? r : r * 0.45;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            star << QPointF(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
        }
        path.addPolygon(star);
        path.closeSubpath();
        break;
    }
    default:
        path.addEllipse(c, r, r);
        break;
    }
    return path;
}

} // namespace nd
