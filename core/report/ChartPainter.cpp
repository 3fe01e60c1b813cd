#include "ChartPainter.h"

#include <QLocale>
#include <QPainterPath>

#include <cmath>

namespace nd::ChartPainter {

using namespace ReportUnits;
using namespace Qt::StringLiterals;

namespace {

const qreal kLegendSample = mm(7);
const qreal kLegendGap = mm(4);

// The title line, then the legend line.
qreal titleHeight(const ReportStyle &style)
{
    return style.bodyBold.lineHeight() + style.small.lineHeight() + pt(1);
}

qreal yOf(const ChartSpec &spec, const QRectF &plot, double value)
{
    const double span = spec.yMax - spec.yMin;
    return plot.bottom() - (value - spec.yMin) / (span > 0 ? span : 1) * plot.height();
}

QPen linePen(const ChartLine &line)
{
    QPen pen(line.colour, pt(line.width), line.style, Qt::FlatCap, Qt::RoundJoin);
    return pen;
}

void paintRuns(QPainter &painter, const ChartSpec &spec, const QRectF &plot, const ChartLine &line)
{
    painter.setPen(linePen(line));
    painter.setBrush(Qt::NoBrush);
    const qreal halfDay = plot.width() / qreal(std::max<qint64>(1, spec.range.dayCount())) / 2;
    for (const DownSampling::Run &run : line.runs) {
        if (run.isEmpty())
            continue;
        QPainterPath path;
        const QPointF first(xOf(spec.range, plot, run.first().x()), yOf(spec, plot, run.first().y()));
        if (line.step) {
            // A level holds for its whole day: draw it across the day's slot.
            path.moveTo(first.x() - halfDay, first.y());
            path.lineTo(first.x() + halfDay, first.y());
            for (qsizetype i = 1; i < run.size(); ++i) {
                const qreal x = xOf(spec.range, plot, run[i].x());
                const qreal y = yOf(spec, plot, run[i].y());
                path.lineTo(x - halfDay, path.currentPosition().y());
                path.lineTo(x - halfDay, y);
                path.lineTo(x + halfDay, y);
            }
        } else if (run.size() == 1) {
            // A lone day between gaps still shows, as a short dash.
            path.moveTo(first.x() - halfDay, first.y());
            path.lineTo(first.x() + halfDay, first.y());
        } else {
            path.moveTo(first);
            for (qsizetype i = 1; i < run.size(); ++i)
                path.lineTo(xOf(spec.range, plot, run[i].x()), yOf(spec, plot, run[i].y()));
        }
        painter.drawPath(path);
    }
    if (line.markers) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(line.colour);
        const qreal r = pt(line.width * 1.3 + 0.6);
        for (const DownSampling::Run &run : line.runs)
            for (const QPointF &point : run)
                painter.drawEllipse(QPointF(xOf(spec.range, plot, point.x()), yOf(spec, plot, point.y())), r,
                                    r);
    }
}

void paintBars(QPainter &painter, const ChartSpec &spec, const QRectF &plot, const ChartBars &bars)
{
    const qreal slotWidth = bars.slotDays * plot.width() / qreal(std::max<qint64>(1, spec.range.dayCount()));
    // Bars stay visible on a ten-year chart (a day is a fraction of a point wide).
    const qreal width = std::clamp(slotWidth * 0.42, pt(0.4), pt(5));
    painter.setPen(bars.hollow ? QPen(bars.colour, pt(0.7)) : Qt::NoPen);
    painter.setBrush(bars.hollow ? QBrush(Qt::white) : QBrush(bars.colour));
    const qreal base = yOf(spec, plot, 0);
    for (const QPointF &point : bars.points) {
        const qreal centre = xOf(spec.range, plot, point.x()) + bars.offset * slotWidth;
        const qreal top = yOf(spec, plot, std::min(point.y(), spec.yMax));
        painter.drawRect(QRectF(centre - width / 2, top, width, base - top));
    }
}

} // namespace

qreal gutterWidth()
{
    return mm(17);
}

QRectF plotRect(const QRectF &area, const ReportStyle &style)
{
    const qreal top = area.top() + titleHeight(style) + pt(4);
    const qreal bottom = area.bottom() - style.small.lineHeight() - pt(3);
    return QRectF(area.left() + gutterWidth(), top, area.width() - gutterWidth() - mm(2), bottom - top);
}

qreal xOf(const DayRange &range, const QRectF &plot, double dayX)
{
    const double first = double(range.first.toJulianDay());
    const double days = double(std::max<qint64>(1, range.dayCount()));
    return plot.left() + (dayX - first + 0.5) / days * plot.width();
}

qreal xOfDay(const DayRange &range, const QRectF &plot, QDate day)
{
    return xOf(range, plot, dayX(day));
}

QList<std::pair<QDate, QString>> timeTicks(const DayRange &range, qreal plotWidth, const ReportStyle &style)
{
    QList<std::pair<QDate, QString>> ticks;
    if (!range.isValid())
        return ticks;
    const QLocale locale;
    const qint64 days = range.dayCount();
    QList<QDate> dates;
    QString format;
    if (days <= 62) {
        // Mondays (or every day of a very short period).
        const int step = days <= 10 ? 1 : (days <= 31 ? 7 : 14);
        QDate d = range.first;
        if (step > 1)
            while (d.dayOfWeek() != Qt::Monday)
                d = d.addDays(1);
        for (; d <= range.last; d = d.addDays(step))
            dates.append(d);
        format = u"d MMM"_s;
    } else if (days <= 800) {
        const int everyMonths = days <= 240 ? 1 : (days <= 500 ? 2 : 3);
        QDate d(range.first.year(), range.first.month(), 1);
        if (d < range.first)
            d = d.addMonths(1);
        for (; d <= range.last; d = d.addMonths(1))
            if ((d.month() - 1) % everyMonths == 0)
                dates.append(d);
        format = days <= 240 ? u"MMM"_s : u"MMM yyyy"_s;
    } else {
        const int everyYears = days <= 365 * 6 ? 1 : 2;
        for (int year = range.first.year() + (range.first.dayOfYear() > 1 ? 1 : 0); year <= range.last.year();
             ++year)
            if (year % everyYears == 0)
                dates.append(QDate(year, 1, 1));
        format = u"yyyy"_s;
    }
    // Keep only labels that do not run into the one before.
    const QRectF plot(0, 0, plotWidth, 1);
    qreal lastRight = -1e9;
    for (const QDate &date : std::as_const(dates)) {
        QString label = locale.toString(date, format);
        if (format == "MMM"_L1 && date.month() == 1)
            label = locale.toString(date, u"MMM yyyy"_s);
        const qreal width = style.small.advance(label);
        const qreal centre = xOfDay(range, plot, date);
        if (centre - width / 2 < lastRight + pt(6))
            continue;
        ticks.append({date, label});
        lastRight = centre + width / 2;
    }
    return ticks;
}

qreal paintLegendLine(QPainter &painter, qreal x, qreal top, const ReportStyle &style, const ChartLine &line)
{
    const qreal mid = top + style.small.ascent() * 0.62;
    painter.setPen(linePen(line));
    painter.drawLine(QPointF(x, mid), QPointF(x + kLegendSample, mid));
    if (line.markers) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(line.colour);
        const qreal r = pt(line.width * 1.3 + 0.6);
        painter.drawEllipse(QPointF(x + kLegendSample / 2, mid), r, r);
    }
    painter.setPen(style.ink);
    style.small.drawLeft(painter, x + kLegendSample + pt(3), top, line.legend);
    return kLegendSample + pt(3) + style.small.advance(line.legend) + kLegendGap;
}

qreal paintLegendBars(QPainter &painter, qreal x, qreal top, const ReportStyle &style, const ChartBars &bars)
{
    const qreal h = style.small.ascent() * 0.9;
    painter.setPen(bars.hollow ? QPen(bars.colour, pt(0.7)) : Qt::NoPen);
    painter.setBrush(bars.hollow ? QBrush(Qt::white) : QBrush(bars.colour));
    painter.drawRect(QRectF(x, top + pt(0.5), pt(4), h));
    painter.setPen(style.ink);
    style.small.drawLeft(painter, x + pt(7), top, bars.legend);
    return pt(7) + style.small.advance(bars.legend) + kLegendGap;
}

void paint(QPainter &painter, const QRectF &area, const ReportStyle &style, const ChartSpec &spec)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect(area, style);

    // Title, its note, and the legend on the right of the same line.
    painter.setPen(style.ink);
    style.bodyBold.drawLeft(painter, area.left(), area.top(), spec.title);
    const qreal titleRight = area.left() + style.bodyBold.advance(spec.title);
    if (!spec.note.isEmpty()) {
        painter.setPen(style.muted);
        style.small.drawLeft(painter, titleRight + pt(6),
                             area.top() + style.bodyBold.ascent() - style.small.ascent(), spec.note);
    }
    {
        qreal x = plot.left();
        const qreal top = area.top() + style.bodyBold.lineHeight();
        for (const ChartLine &line : spec.lines)
            x += paintLegendLine(painter, x, top, style, line);
        for (const ChartBars &bars : spec.bars)
            x += paintLegendBars(painter, x, top, style, bars);
    }

    // Baseline days as a shaded band.
    if (spec.shaded && spec.shaded->isValid()) {
        const qreal dayWidth = plot.width() / qreal(std::max<qint64>(1, spec.range.dayCount()));
        const qreal left = std::max(plot.left(), xOfDay(spec.range, plot, spec.shaded->first) - dayWidth / 2);
        const qreal right =
            std::min(plot.right(), xOfDay(spec.range, plot, spec.shaded->last) + dayWidth / 2);
        if (right > left) {
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), QColor(0xe4, 0xe8, 0xee));
            if (right - left > style.small.advance(spec.shadedLegend) + pt(4)) {
                painter.setPen(style.muted);
                style.small.drawLeft(painter, left + pt(2), plot.top() + pt(1), spec.shadedLegend);
            }
        }
    }

    // Horizontal grid and the value labels in the gutter.
    for (const ChartTick &tick : spec.yTicks) {
        const qreal y = yOf(spec, plot, tick.value);
        painter.setPen(QPen(tick.value == spec.yMin ? style.ink : style.rule, ReportStyle::hairline()));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.muted);
        style.small.drawRight(painter, plot.left() - pt(3), y - style.small.ascent() * 0.55, tick.label);
    }
    painter.setPen(QPen(style.ink, ReportStyle::hairline()));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Dates under the plot.
    for (const auto &[date, label] : timeTicks(spec.range, plot.width(), style)) {
        const qreal x = xOfDay(spec.range, plot, date);
        painter.setPen(QPen(style.ink, ReportStyle::hairline()));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + pt(2.5)));
        painter.setPen(style.muted);
        style.small.drawCentered(painter, x, plot.bottom() + pt(3), label);
    }

    // Treatment events: dashed lines through the plot, or ticks on its top edge.
    painter.setPen(spec.eventsAsTicks ? QPen(style.muted, pt(0.5))
                                      : QPen(style.muted, pt(0.6), Qt::DashLine));
    for (const QDate &date : spec.eventDates)
        if (spec.range.contains(date)) {
            const qreal x = xOfDay(spec.range, plot, date);
            painter.drawLine(QPointF(x, plot.top() - (spec.eventsAsTicks ? pt(3) : 0)),
                             QPointF(x, spec.eventsAsTicks ? plot.top() : plot.bottom()));
        }

    painter.setClipRect(plot.adjusted(-pt(3), -pt(3), pt(3), 0));
    for (const ChartBars &bars : spec.bars)
        paintBars(painter, spec, plot, bars);
    for (const ChartLine &line : spec.lines)
        paintRuns(painter, spec, plot, line);
    painter.restore();
}

} // namespace nd::ChartPainter
