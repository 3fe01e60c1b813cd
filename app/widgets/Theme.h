#pragma once

#include <QColor>
#include <QPalette>

class QFontMetrics;
class QAbstractButton;
class QPainter;
class QRectF;
class QWidget;

namespace nd {

// Sizes and colours shared by the custom widgets. Every colour is taken from (or
// mixed between) the widget's palette, so light, dark and high-contrast themes all
// work; nothing is hard-coded black on white.
namespace Theme {

// The smallest side of anything a finger or pointer must hit: 44 px at 100 % text
// size, growing with the text size setting (it follows the font).
int targetSize(const QFontMetrics &metrics);
int targetSize(const QWidget *widget);

// Blends two colours; amount 0 gives `a`, 1 gives `b`.
QColor mix(const QColor &a, const QColor &b, qreal amount);

// A quiet card background a little apart from the window background.
QColor cardColor(const QPalette &palette);
// Segment buttons at rest, on hover, and the tint of a filled-up rating.
QColor segmentColor(const QPalette &palette);
QColor segmentHoverColor(const QPalette &palette);
QColor segmentFillColor(const QPalette &palette);
// Lines around controls: strong enough to see the shape without relying on colour.
QColor outlineColor(const QPalette &palette);
// A warm tint for "get help now" panels, mixed into the palette's own base so the
// palette's text colour stays readable on it.
QColor urgentColor(const QPalette &palette);

// Fills the widget's background with `color` (a card, an urgent panel); its text keeps
// the palette's colours.
void fillBackground(QWidget *widget, const QColor &color);

// The keyboard focus ring, drawn inside `rect` within its outer 4 px: a thick line
// in the highlight colour and a thin one in the text colour.
void paintFocusRing(QPainter &painter, const QRectF &rect, qreal radius, const QPalette &palette);

// Gives a button at least a target size and Tab focus. (New code: prefer BigButton,
// which also draws a thick focus ring.)
void makeBig(QAbstractButton *button);
// makeBig, plus the look of a page's main action: the highlight colour and bold text.
void makePrimary(QAbstractButton *button);

// Gives a widget a font `factor` times the application font (bold or not) that
// follows the text size setting: refreshRelativeFonts() re-applies it to every
// such widget under `root` after the application font changed.
void setRelativeFont(QWidget *widget, qreal factor, bool bold);
void refreshRelativeFonts(QWidget *root);

} // namespace Theme
} // namespace nd
