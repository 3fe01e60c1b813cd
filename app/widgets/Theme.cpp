#include "Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPen>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace nd::Theme {

namespace {
constexpr int kMinimumTarget = 44;
// At the default text size a line of text is about 15 px high: 3 lines' height
// keeps the 44 px floor and scales with the text size setting.
constexpr qreal kTargetLines = 3.0;
} // namespace

int targetSize(const QFontMetrics &metrics)
{
    return std::max(kMinimumTarget, int(std::ceil(metrics.height() * kTargetLines)));
}

int targetSize(const QWidget *widget)
{
    return targetSize(widget->fontMetrics());
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(
        float(a.redF() * keep + b.redF() * amount), float(a.greenF() * keep + b.greenF() * amount),
        float(a.blueF() * keep + b.blueF() * amount), float(a.alphaF() * keep + b.alphaF() * amount));
}

QColor cardColor(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor segmentColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Button), 0.6);
}

QColor segmentHoverColor(const QPalette &palette)
{
    return mix(segmentColor(palette), palette.color(QPalette::Highlight), 0.18);
}

QColor segmentFillColor(const QPalette &palette)
{
    return mix(segmentColor(palette), palette.color(QPalette::Highlight), 0.28);
}

QColor outlineColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
}

QColor urgentColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(0xd0, 0x30, 0x20), 0.22);
}

void fillBackground(QWidget *widget, const QColor &color)
{
    widget->setAutoFillBackground(true);
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, color);
    widget->setPalette(palette);
}

void paintFocusRing(QPainter &painter, const QRectF &rect, qreal radius, const QPalette &palette)
{
    // Two tones (highlight outside, text colour inside) stay visible on any background.
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette.color(QPalette::Highlight), 3.0));
    painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius);
    painter.setPen(QPen(palette.color(QPalette::Text), 1.0));
    const qreal inner = std::max(0.0, radius - 2.0);
    painter.drawRoundedRect(rect.adjusted(3.5, 3.5, -3.5, -3.5), inner, inner);
    painter.restore();
}

void makeBig(QAbstractButton *button)
{
    const int target = targetSize(button);
    button->setMinimumSize(target, target);
    button->setFocusPolicy(Qt::StrongFocus);
}

void makePrimary(QAbstractButton *button)
{
    makeBig(button);
    // Palette roles only (no style sheet: cheap, and it follows the theme).
    QPalette palette = button->palette();
    palette.setColor(QPalette::Button, palette.color(QPalette::Highlight));
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::HighlightedText));
    button->setPalette(palette);
    setRelativeFont(button, 1.0, true);
}

namespace {
constexpr char kFontFactor[] = "ndFontFactor";
constexpr char kFontBold[] = "ndFontBold";

void applyRelativeFont(QWidget *widget)
{
    const QVariant factor = widget->property(kFontFactor);
    if (!factor.isValid())
        return;
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor.toReal());
    font.setBold(widget->property(kFontBold).toBool());
    widget->setFont(font);
}
} // namespace

void setRelativeFont(QWidget *widget, qreal factor, bool bold)
{
    widget->setProperty(kFontFactor, factor);
    widget->setProperty(kFontBold, bold);
    applyRelativeFont(widget);
}

void refreshRelativeFonts(QWidget *root)
{
    applyRelativeFont(root);
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *child : children)
        applyRelativeFont(child);
}

} // namespace nd::Theme
