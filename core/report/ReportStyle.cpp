#include "ReportStyle.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QTextLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
// DejaVu Sans is installed with the app's dependencies; naming it keeps the
// report identical on every machine and its glyphs are embedded in the PDF.
const QString kFamily = u"DejaVu Sans"_s;
} // namespace

ReportFont::ReportFont(qreal points, QFont::Weight weight, bool italic) : m_font(kFamily), m_metrics(m_font)
{
    m_font.setPixelSize(qRound(ReportUnits::pt(points)));
    m_font.setWeight(weight);
    m_font.setItalic(italic);
    m_font.setHintingPreference(QFont::PreferNoHinting);
    m_font.setKerning(true);
    // Any letter spacing makes Qt's shaper leave out ligatures: "fi" stays two letters,
    // so the PDF's text can be searched and copied as typed. A hundredth of a point
    // does not show.
    m_font.setLetterSpacing(QFont::AbsoluteSpacing, ReportUnits::pt(0.01));
    m_metrics = QFontMetricsF(m_font);
    m_ascent = m_metrics.ascent();
    m_lineHeight = m_metrics.height() * 1.18;
    m_digitAdvance = m_metrics.horizontalAdvance(u'0');
    m_spaceAdvance = m_metrics.horizontalAdvance(u' ');
}

qreal ReportFont::advance(QStringView text) const
{
    qreal width = 0;
    for (QChar c : text) {
        if (c.isDigit())
            width += m_digitAdvance;
        else if (c == u' ')
            width += m_spaceAdvance;
        else
            return m_metrics.horizontalAdvance(text.toString());
    }
    return width;
}

QString ReportFont::elided(const QString &text, qreal width) const
{
    return m_metrics.elidedText(text, Qt::ElideRight, width);
}

QStringList ReportFont::wrapped(const QString &text, qreal width) const
{
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        if (advance(paragraph) <= width) {
            lines.append(paragraph);
            continue;
        }
        QTextLayout layout(paragraph, m_font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

void ReportFont::drawLeft(QPainter &painter, qreal x, qreal top, const QString &text) const
{
    painter.setFont(m_font);
    painter.drawText(QPointF(x, top + m_ascent), text);
}

void ReportFont::drawRight(QPainter &painter, qreal right, qreal top, const QString &text) const
{
    drawLeft(painter, right - advance(text), top, text);
}

void ReportFont::drawCentered(QPainter &painter, qreal centre, qreal top, const QString &text) const
{
    drawLeft(painter, centre - advance(text) / 2, top, text);
}

ReportStyle::ReportStyle()
    : title(17, QFont::Bold), heading(12.5, QFont::Bold), subheading(10, QFont::Bold), body(9),
      bodyBold(9, QFont::Bold), bodyItalic(9, QFont::Normal, true), small(7.5), smallBold(7.5, QFont::Bold),
      smallItalic(7.5, QFont::Normal, true), figure(18, QFont::Bold), table(7.5), tableBold(7.5, QFont::Bold),
      tableItalic(7.5, QFont::Normal, true)
{}

QColor ReportStyle::levelColour(FlagLevel level)
{
    switch (level) {
    case FlagLevel::Urgent:
        return QColor(0xb0, 0x1c, 0x2e);
    case FlagLevel::ContactTeam:
        return QColor(0xc0, 0x5a, 0x00);
    case FlagLevel::Watch:
        return QColor(0x2b, 0x6c, 0x8a);
    }
    return Qt::black;
}

void paintLevelSymbol(QPainter &painter, FlagLevel level, QPointF centre, qreal size)
{
    const qreal r = size / 2;
    QPainterPath path;
    switch (level) {
    case FlagLevel::Urgent:
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y() + r * 0.8);
        path.lineTo(centre.x() - r, centre.y() + r * 0.8);
        path.closeSubpath();
        break;
    case FlagLevel::ContactTeam:
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y());
        path.lineTo(centre.x(), centre.y() + r);
        path.lineTo(centre.x() - r, centre.y());
        path.closeSubpath();
        break;
    case FlagLevel::Watch:
        path.addEllipse(centre, r * 0.8, r * 0.8);
        break;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ReportStyle::levelColour(level));
    painter.drawPath(path);
    painter.restore();
}

QString levelWord(FlagLevel level)
{
    switch (level) {
    case FlagLevel::Urgent:
        return QCoreApplication::translate("Report", "urgent");
    case FlagLevel::ContactTeam:
        return QCoreApplication::translate("Report", "contact team");
    case FlagLevel::Watch:
        return QCoreApplication::translate("Report", "watch");
    }
    return {};
}

} // namespace nd
