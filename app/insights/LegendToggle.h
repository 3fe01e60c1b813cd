#pragma once

#include <QCheckBox>
#include <QPen>
#include <QScatterSeries>

namespace nd {

// A legend entry that is also the switch for its series: a big check box (at least
// 44 px high) with a sample of the line or marker and the series' name. Checked means
// shown. Keyboard: Tab to it, Space toggles.
class LegendToggle : public QCheckBox
{
    Q_OBJECT

public:
    LegendToggle(const QString &text, const QIcon &sample, QWidget *parent = nullptr);

    static QIcon lineSample(const QPen &pen);
    static QIcon markerSample(QScatterSeries::MarkerShape shape, const QColor &fill, const QPen &outline);
    static QIcon bandSample(const QColor &color);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace nd
