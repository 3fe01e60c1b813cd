#include "TrendChart.h"

#include "DayAxis.h"
#include "MarkerPath.h"

#include <QAbstractAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace nd {

namespace {

constexpr int kRightMargin = 16;
constexpr int kTopMargin = 8;
constexpr int kPixelsPerBucket = 2;

// A daily value covers its whole day: a step from the start to the end of the day.
QList<QPointF> asSteps(const QList<QPointF> &run)
{
    QList<QPointF> steps;
    steps.reserve(run.size() * 2);
    for (const QPointF &point : run) {
        steps.append(QPointF(point.x() - 0.5, point.y()));
        steps.append(QPointF(point.x() + 0.5, point.y()));
    }
    return steps;
}

} // namespace

TrendChart::TrendChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);

    m_dayAxis = new DayAxis(this);
    chart->addAxis(m_dayAxis, Qt::AlignBottom);
    m_backdrop = new ChartOverlay(chart, ChartOverlay::Layer::Backdrop);
    m_front = new ChartOverlay(chart, ChartOverlay::Layer::Front);
    applyColors();
}

void TrendChart::setValueAxis(QAbstractAxis *axis)
{
    m_valueAxis = axis;
    chart()->addAxis(axis, Qt::AlignLeft);

    applyColors();
}

int TrendChart::addLine(const QString &name, const QPen &pen, bool steps)
{
    DataSet set;
    set.name = name;
    set.pen = pen;
    set.steps = steps;
    m_sets.append(set);
    return int(m_sets.size() - 1);
}

int TrendChart::addMarkers(const QString &name, QScatterSeries::MarkerShape shape, qreal size,
                           const QColor &fill, const QPen &outline)
{
    DataSet set;
    set.name = name;
    set.line = false;
    set.shape = shape;
    set.markerSize = size;
    set.fill = fill;
    set.pen = outline;
    m_sets.append(set);
    return int(m_sets.size() - 1);
}

QXYSeries *TrendChart::newSeries(DataSet &set)
{
    // Markers are "light markers" on a line series without a pen: painted as images in
    // one pass. A QScatterSeries makes a graphics item per point, far too slow for the
    // thousands of points of a long diary.
    auto *series = new QLineSeries;
    if (set.line) {
        series->setPen(set.pen);
    } else {
        QPen transparent(Qt::transparent);
        transparent.setWidthF(0.01);
        series->setPen(transparent);
        const QImage marker = markerImage(set, devicePixelRatio());
        series->setLightMarker(marker);
        // The image is drawn scaled to the marker size, which is not taken from it.
        series->setMarkerSize(marker.deviceIndependentSize().width());
    }
    series->setName(set.name);
    chart()->addSeries(series);
    series->attachAxis(m_dayAxis);
    if (m_valueAxis)
        series->attachAxis(m_valueAxis);
    series->setVisible(set.visible);
    set.series.append(series);
    return series;
}

QImage TrendChart::markerImage(const DataSet &set, qreal pixelRatio)
{
    const int side = int(std::ceil(set.markerSize + 2 * set.pen.widthF() + 2));
    QImage image(QSize(side, side) * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(set.pen);
    painter.setBrush(set.fill);
    const QPointF centre(side / 2.0, side / 2.0);
    painter.drawPath(markerPath(set.shape, centre, set.markerSize / 2.0));
    painter.end();
    return image;
}

void TrendChart::setPoints(int dataSet, const DayPoints &points)
{
    DataSet &set = m_sets[dataSet];
    set.points = points;
    redraw(set);
}

void TrendChart::redraw(DataSet &set)
{
    if (!m_range.isValid())
        return;
    const double firstX = dayX(m_range.first);
    const double lastX = dayX(m_range.last);
    set.shown = 0;
    if (!set.line) {
        // Created on first use, once the value axis exists: a series added to the chart
        // before its axes keeps a domain of its own and draws nothing.
        if (set.series.isEmpty())
            newSeries(set);
        const QList<QPointF> thinned =
            DownSampling::minMaxPerBucket(set.points, firstX, lastX, bucketCount());
        set.shown = thinned.size();
        set.series.first()->replace(thinned);
        return;
    }
    const QList<DownSampling::Run> runs = DownSampling::thinnedRuns(set.points, firstX, lastX, bucketCount());
    while (set.series.size() < runs.size())
        newSeries(set);
    for (qsizetype i = 0; i < set.series.size(); ++i) {
        QXYSeries *series = set.series[i];
        if (i < runs.size()) {
            series->replace(set.steps ? asSteps(runs[i]) : runs[i]);
            series->setVisible(set.visible);
            set.shown += runs[i].size();
        } else if (series->count() > 0) {
            series->clear();
            series->setVisible(false);
        }
    }
}

void TrendChart::setDataSetVisible(int dataSet, bool visible)
{
    DataSet &set = m_sets[dataSet];
    set.visible = visible;
    for (QXYSeries *series : std::as_const(set.series))
        series->setVisible(visible && (series->count() > 0 || !set.line));
}

bool TrendChart::isDataSetVisible(int dataSet) const
{
    return m_sets[dataSet].visible;
}

QString TrendChart::dataSetName(int dataSet) const
{
    return m_sets[dataSet].name;
}

qsizetype TrendChart::shownPointCount(int dataSet) const
{
    return m_sets[dataSet].shown;
}

qsizetype TrendChart::seriesCount(int dataSet) const
{
    return m_sets[dataSet].series.size();
}

std::pair<double, double> TrendChart::xDomain() const
{
    const double first = dayX(m_range.first) - 0.5;
    const double last = dayX(m_range.last) + 0.5;
    // The first and last days keep room for a whole marker inside the plot: a flag on
    // today's date is not cut in half by the plot's edge.
    const double width = plotArea().width() > 50 ? plotArea().width() : 600;
    const double room = std::min(double(kEdgeRoom), width / 4);
    const double pixelsPerDay = (width - 2 * room) / std::max(1.0, last - first);
    const double padding = room / pixelsPerDay;
    return {first - padding, last + padding};
}

double TrendChart::dayPosition(QDate day) const
{
    return m_front->xPosition(dayX(day));
}

void TrendChart::setRange(DayRange range, bool redrawNow)
{
    m_range = range;
    const int width = int(plotArea().width());
    const auto [minX, maxX] = xDomain();
    m_dayAxis->showRange(range, width > 50 ? width : 600,
                         fontMetrics().horizontalAdvance(QLatin1String("00 MMM 0000")),
                         maxX - (dayX(range.last) + 0.5));
    m_backdrop->setXRange(minX, maxX);
    m_front->setXRange(minX, maxX);
    if (!redrawNow)
        return;
    for (DataSet &set : m_sets)
        redraw(set);
}

void TrendChart::setBaseline(const std::optional<BaselinePeriod> &baseline)
{
    m_backdrop->setBaseline(baseline);
}

void TrendChart::setEvents(const QList<TreatmentEvent> &events)
{
    m_backdrop->setEvents(events);
}

void TrendChart::setEventsVisible(bool visible)
{
    m_backdrop->setEventsVisible(visible);
}

void TrendChart::setBaselineVisible(bool visible)
{
    m_backdrop->setBaselineVisible(visible);
}

void TrendChart::setCursorDay(std::optional<QDate> day)
{
    m_front->setCursorDay(day);
}

void TrendChart::setLeftMargin(int pixels)
{
    m_leftMargin = pixels;
    applyPlotArea();
}

int TrendChart::bucketCount() const
{
    const int width = int(plotArea().width());
    return std::max(50, (width > 50 ? width : 600) / kPixelsPerBucket);
}

QRectF TrendChart::plotArea() const
{
    return chart()->plotArea();
}

std::optional<QDate> TrendChart::dayAt(const QPoint &viewPos) const
{
    const QRectF plot = plotArea();
    const QPointF scenePos = mapToScene(viewPos);
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!m_range.isValid() || plot.width() <= 0 || chartPos.x() < plot.left() || chartPos.x() > plot.right())
        return std::nullopt;
    const auto [minX, maxX] = xDomain();
    const double x = minX + (chartPos.x() - plot.left()) / plot.width() * (maxX - minX);
    const QDate day = QDate::fromJulianDay(qint64(std::floor(x + 0.5)));
    return m_range.contains(day) ? std::optional<QDate>(day) : std::nullopt;
}

int TrendChart::heightForPlot(int plotHeight, int lineHeight)
{
    return kTopMargin + bottomMargin(lineHeight) + plotHeight;
}

int TrendChart::bottomMargin(int lineHeight)
{
    return lineHeight + 14; // room for the day labels
}

void TrendChart::applyPlotArea()
{
    const int bottom = bottomMargin(fontMetrics().height());
    const QRectF area(m_leftMargin, kTopMargin, std::max(10, width() - m_leftMargin - kRightMargin),
                      std::max(10, height() - kTopMargin - bottom));
    if (chart()->plotArea() != area)
        chart()->setPlotArea(area);
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    const int oldBuckets = bucketCount();
    applyPlotArea();
    // A wider plot can show more detail: thin again for the new width. The room kept at the
    // ends is in pixels, so the day axis changes with the width in any case.
    if (m_range.isValid())
        setRange(m_range, bucketCount() != oldBuckets);
}

void TrendChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const std::optional<QDate> day = dayAt(event->position().toPoint()))
            emit dayClicked(*day);
    QChartView::mousePressEvent(event);
}

void TrendChart::mouseMoveEvent(QMouseEvent *event)
{
    // Over an event's label: that day's tooltip, which names the event in full.
    const QPointF chartPos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    for (const ChartOverlay::EventLabel &label : eventLabels())
        if (label.box.contains(chartPos)) {
            emit dayHovered(label.event.date, event->globalPosition().toPoint());
            QChartView::mouseMoveEvent(event);
            return;
        }
    if (const std::optional<QDate> day = dayAt(event->position().toPoint()))
        emit dayHovered(*day, event->globalPosition().toPoint());
    QChartView::mouseMoveEvent(event);
}

void TrendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyColors();
}

void TrendChart::applyColors()
{
    // Follow the window's palette and font (light, dark, high contrast, larger text).
    const QPalette pal = palette();
    QChart *c = chart();
    // A chart with a fixed plot area does not resize its own background: the view
    // paints the background instead.
    c->setBackgroundVisible(false);
    c->setBackgroundBrush(pal.color(QPalette::Base)); // read by the overlay for label boxes
    setBackgroundBrush(pal.color(QPalette::Base));
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(pal.color(QPalette::Text));
    QFont labelFont = font();
    c->setTitleFont(labelFont);
    const QColor grid = QColor::fromRgbF(
        float(pal.color(QPalette::Text).redF() * 0.2 + pal.color(QPalette::Base).redF() * 0.8),
        float(pal.color(QPalette::Text).greenF() * 0.2 + pal.color(QPalette::Base).greenF() * 0.8),
        float(pal.color(QPalette::Text).blueF() * 0.2 + pal.color(QPalette::Base).blueF() * 0.8));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsFont(labelFont);
        axis->setLabelsBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setMinorGridLineVisible(false);
    }
}

} // namespace nd
