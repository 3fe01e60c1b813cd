#include "TextScale.h"

#include "config/AppSettings.h"

#include <QApplication>
#include <QFont>

#include <algorithm>

namespace nd::TextScale {

namespace {
int &currentPercent()
{
    static int percent = AppSettings::kMinTextScale;
    return percent;
}
} // namespace

void apply(int percent)
{
    // The system's font, remembered before the first change, is the 100 % size.
    static const QFont base = QApplication::font();
    percent = std::clamp(percent, AppSettings::kMinTextScale, AppSettings::kMaxTextScale);
    if (percent == currentPercent() && QApplication::font() == base)
        return; // nothing to change (the usual start): spares a font change across the app
    currentPercent() = percent;
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * percent / 100.0);
    QApplication::setFont(font);
}

int current()
{
    return currentPercent();
}

} // namespace nd::TextScale
