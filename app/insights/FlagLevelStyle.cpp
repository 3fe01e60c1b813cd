#include "FlagLevelStyle.h"

#include "MarkerPath.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace nd {

QScatterSeries::MarkerShape FlagLevelStyle::markerShape(FlagLevel level)
{
    switch (level) {
    case FlagLevel::Watch:
        return QScatterSeries::MarkerShapeCircle;
    case FlagLevel::ContactTeam:
        return QScatterSeries::MarkerShapeTriangle;
    case FlagLevel::Urgent:
        break;
    }
    return QScatterSeries::MarkerShapeStar;
}

QColor FlagLevelStyle::color(FlagLevel level)
{
    // Orange, vermilion and a deep red (Okabe–Ito based): told apart by shape first.
    switch (level) {
    case FlagLevel::Watch:
        return QColor(0xe6, 0x9f, 0x00);
    case FlagLevel::ContactTeam:
        return QColor(0xd5, 0x5e, 0x00);
    case FlagLevel::Urgent:
        break;
    }
    return QColor(0xb0, 0x10, 0x20);
}

QPainterPath FlagLevelStyle::shape(FlagLevel level, const QRectF &rect)
{
    return markerPath(markerShape(level), rect.center(), std::min(rect.width(), rect.height()) / 2.0);
}

QIcon FlagLevelStyle::icon(FlagLevel level, int size)
{
    QIcon result;
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5));
        painter.setBrush(color(level));
        painter.drawPath(shape(level, QRectF(2, 2, size - 4, size - 4)));
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QString FlagLevelStyle::shortName(FlagLevel level)
{
    switch (level) {
    case FlagLevel::Watch:
        return QCoreApplication::translate("FlagLevelStyle", "Watch");
    case FlagLevel::ContactTeam:
        return QCoreApplication::translate("FlagLevelStyle", "Contact soon");
    case FlagLevel::Urgent:
        break;
    }
    return QCoreApplication::translate("FlagLevelStyle", "Urgent");
}

} // namespace nd
