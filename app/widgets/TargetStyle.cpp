#include "TargetStyle.h"

#include "Theme.h"

#include <QApplication>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace nd {

namespace {
constexpr int kMinimumIndicator = 22;
// An indicator a little taller than a line of text, so it grows with the text size.
constexpr qreal kIndicatorLines = 1.3;

QFontMetrics metricsFor(const QWidget *widget)
{
    return widget ? widget->fontMetrics() : QFontMetrics(QApplication::font());
}
} // namespace

TargetStyle::TargetStyle() = default; // around the platform's own style

void TargetStyle::install()
{
    if (!qobject_cast<TargetStyle *>(QApplication::style()))
        QApplication::setStyle(new TargetStyle);
}

int TargetStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return std::max(kMinimumIndicator, int(std::ceil(metricsFor(widget).height() * kIndicatorLines)));
    case PM_CheckBoxLabelSpacing:
    case PM_RadioButtonLabelSpacing:
        return std::max(QProxyStyle::pixelMetric(metric, option, widget), metricsFor(widget).height() / 2);
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

QSize TargetStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                    const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_CheckBox || type == CT_RadioButton)
        result.setHeight(std::max(result.height(), Theme::targetSize(metricsFor(widget))));
    return result;
}

} // namespace nd
