#pragma once

#include "rules/Flag.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QString>

namespace nd {

// Report geometry is laid out in fixed units of 1/1200 inch whatever it is painted on:
// the PDF writer works at that resolution, the preview and the printer scale the
// painter. Fonts are sized in the same units (pixel sizes), so text measures the same
// on every device and a page never reflows between preview and paper.
namespace ReportUnits {
inline constexpr qreal kPerInch = 1200.0;
inline constexpr qreal pt(qreal points)
{
    return points * kPerInch / 72.0;
}
inline constexpr qreal mm(qreal millimetres)
{
    return millimetres * kPerInch / 25.4;
}
} // namespace ReportUnits

// One font with its measurements, made once per report (measuring is not free and a
// ten-year table paints thousands of lines).
class ReportFont
{
public:
    ReportFont(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false);

    const QFont &font() const { return m_font; }
    const QFontMetricsF &metrics() const { return m_metrics; }
    qreal ascent() const { return m_ascent; }
    qreal lineHeight() const { return m_lineHeight; }
    // Width of a text; strings of digits, spaces and simple punctuation are measured
    // without shaping (the font's digits are all as wide as each other).
    qreal advance(QStringView text) const;
    QString elided(const QString &text, qreal width) const;
    // The text broken into lines no wider than `width` (at spaces where possible);
    // explicit line breaks are kept.
    QStringList wrapped(const QString &text, qreal width) const;

    // Draws `text` with its top at `top` (not the baseline).
    void drawLeft(QPainter &painter, qreal x, qreal top, const QString &text) const;
    void drawRight(QPainter &painter, qreal right, qreal top, const QString &text) const;
    void drawCentered(QPainter &painter, qreal centre, qreal top, const QString &text) const;

private:
    QFont m_font;
    QFontMetricsF m_metrics;
    qreal m_ascent = 0;
    qreal m_lineHeight = 0;
    qreal m_digitAdvance = 0;
    qreal m_spaceAdvance = 0;
};

// Typography and colours of the report: calm, high contrast on paper, and never
// meaning carried by colour alone (levels also have a symbol and a word, series a
// line style).
struct ReportStyle
{
    ReportStyle();

    ReportFont title;
    ReportFont heading;
    ReportFont subheading;
    ReportFont body;
    ReportFont bodyBold;
    ReportFont bodyItalic;
    ReportFont small;
    ReportFont smallBold;
    ReportFont smallItalic;
    ReportFont figure; // the large numbers of the summary
    ReportFont table;
    ReportFont tableBold;
    ReportFont tableItalic;

    QColor ink{0x1b, 0x1f, 0x24};
    QColor muted{0x5a, 0x61, 0x6b};
    QColor rule{0xb8, 0xbe, 0xc6};
    QColor faint{0xee, 0xf1, 0xf4}; // zebra rows, baseline shading
    QColor accent{0x1f, 0x4e, 0x79};
    QColor hands{0x1f, 0x5f, 0xa8};
    QColor feet{0xb3, 0x56, 0x00};

    static QColor levelColour(FlagLevel level);
    // Thin lines in layout units.
    static constexpr qreal hairline() { return ReportUnits::pt(0.5); }
};

// The level of a flag as a shape (triangle = get help now, diamond = tell the care
// team soon, circle = keep an eye on it), so it reads in black and white too.
void paintLevelSymbol(QPainter &painter, FlagLevel level, QPointF centre, qreal size);
// The short word printed beside the symbol: "urgent", "contact team", "watch".
QString levelWord(FlagLevel level);

} // namespace nd
