#pragma once

#include <QProxyStyle>

namespace nd {

// The application's style with targets for numb fingertips: check boxes and radio
// buttons as high as a target (Theme::targetSize) and with indicators that grow with
// the text size setting, wherever they are (Settings, Trends legends, dialogs).
class TargetStyle : public QProxyStyle
{
    Q_OBJECT

public:
    TargetStyle();

    // Installs the style for the whole application (once; later calls do nothing).
    static void install();

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;
};

} // namespace nd
