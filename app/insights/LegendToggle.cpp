#include "LegendToggle.h"

#include "MarkerPath.h"
#include "widgets/Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace nd {

namespace {

constexpr int kSampleWidth = 36;
constexpr int kSampleHeight = 20;

QPixmap blankSample()
{
    QPixmap pixmap(QSize(kSampleWidth, kSampleHeight) * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

} // namespace

LegendToggle::LegendToggle(const QString &text, const QIcon &sample, QWidget *parent)
    : QCheckBox(text, parent)
{
    setIcon(sample);
    setIconSize(QSize(kSampleWidth, kSampleHeight));
    setChecked(true);
    setAccessibleDescription(tr("Shows or hides this line on the chart"));
}

QIcon LegendToggle::lineSample(const QPen &pen)
{
    QPixmap pixmap = blankSample();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen samplePen = pen;
    samplePen.setCapStyle(Qt::FlatCap);
    painter.setPen(samplePen);
    painter.drawLine(QPointF(2, kSampleHeight / 2.0), QPointF(kSampleWidth - 2, kSampleHeight / 2.0));
    painter.end();
    return QIcon(pixmap);
}

QIcon LegendToggle::markerSample(QScatterSeries::MarkerShape shape, const QColor &fill, const QPen &outline)
{
    QPixmap pixmap = blankSample();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(outline);
    painter.setBrush(fill);
    painter.drawPath(
        markerPath(shape, QPointF(kSampleWidth / 2.0, kSampleHeight / 2.0), kSampleHeight / 2.0 - 3));
    painter.end();
    return QIcon(pixmap);
}

QIcon LegendToggle::bandSample(const QColor &color)
{
    QPixmap pixmap = blankSample();
    QPainter painter(&pixmap);
    QColor tint = color;
    tint.setAlpha(60);
    painter.fillRect(QRectF(2, 2, kSampleWidth - 4, kSampleHeight - 4), tint);
    QColor hatch = color;
    hatch.setAlpha(140);
    painter.fillRect(QRectF(2, 2, kSampleWidth - 4, kSampleHeight - 4), QBrush(hatch, Qt::BDiagPattern));
    painter.end();
    return QIcon(pixmap);
}

QSize LegendToggle::sizeHint() const
{
    const QSize hint = QCheckBox::sizeHint();
    return QSize(hint.width() + 12, std::max(hint.height(), Theme::targetSize(this)));
}

QSize LegendToggle::minimumSizeHint() const
{
    return sizeHint();
}

} // namespace nd
