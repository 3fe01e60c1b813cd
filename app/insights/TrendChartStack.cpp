#include "TrendChartStack.h"

#include "DayAxis.h"
#include "FlagLevelStyle.h"
#include "LegendToggle.h"
#include "RegionTimeline.h"
#include "TrendChart.h"
#include "model/ValueWords.h"
#include "rules/GradeEstimate.h"
#include "widgets/FlowLayout.h"
#include "widgets/Theme.h"

#include <QCategoryAxis>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Okabe–Ito colours (told apart by most colour-blind readers), always paired with a
// line style or a marker shape.
const QColor kHandsColor(0x00, 0x72, 0xb2);
const QColor kFeetColor(0xd5, 0x5e, 0x00);
const QColor kFineColor(0x00, 0x9e, 0x73);
const QColor kWalkColor(0xcc, 0x79, 0xa7);
const QColor kFallColor(0xd5, 0x5e, 0x00);
const QColor kNearFallColor(0xe6, 0x9f, 0x00);
const QColor kBaselineColor(0x56, 0xb4, 0xe9);

QPen linePen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QCategoryAxis *levelAxis(const QStringList &labels, double padding)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-padding);
    for (int i = 0; i < labels.size(); ++i)
        axis->append(labels[i], i);
    axis->setRange(-padding, labels.size() - 1 + padding);
    return axis;
}

QList<QPointF> flagPoints(const TrendSeries &series, FlagLevel level)
{
    QList<QPointF> points;
    for (const AcknowledgedFlag &flag : series.flags)
        if (flag.flag.level() == level)
            points.append(QPointF(dayX(flag.flag.date), double(int(level))));
    return points;
}

QList<QPointF> caregiverPoints(const TrendSeries &series)
{
    // On the higher of the day's two limb scores, so the mark sits on the dots.
    QList<QPointF> points;
    for (const DayValues &day : series.days) {
        if (!day.hasEntryBy(Author::Caregiver))
            continue;
        const std::optional<int> hands = day.limbScore(Limb::Hands);
        const std::optional<int> feet = day.limbScore(Limb::Feet);
        if (hands || feet)
            points.append(QPointF(dayX(day.date()), double(std::max(hands.value_or(0), feet.value_or(0)))));
    }
    return points;
}

} // namespace

TrendChartStack::TrendChartStack(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"trendCharts"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Trend charts"));
    setAccessibleDescription(
        tr("Left and right arrow keys move the day cursor by one day, Page Up and Page Down "
           "by a week, Home and End to the first and last day. The panel beside the charts "
           "reads out every value of the chosen day."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);

    addFlagsChart(layout);
    addScoresChart(layout);
    addTasksChart(layout);
    addGradeChart(layout);
    addFallsChart(layout);
    addRegionTimeline(layout);
    layout->addStretch(1);

    buildAxes();
    updateLeftMargin();
    updateChartHeights();
}

QWidget *TrendChartStack::addHeader(QVBoxLayout *layout, const QString &title)
{
    auto *row = new QWidget;
    auto *rowLayout = new FlowLayout(row, 10);
    rowLayout->setContentsMargins(0, 6, 0, 0);
    auto *label = new QLabel(title);
    Theme::setRelativeFont(label, 1.1, true);
    rowLayout->addWidget(label);
    m_titles.append(label);
    layout->addWidget(row);
    return row;
}

void TrendChartStack::addFlagsChart(QVBoxLayout *layout)
{
    QWidget *row = addHeader(layout, tr("Flags"));
    TrendChart *flags = addChart(FlagsChart, tr("Flags"), 96, 3);
    for (FlagLevel level : {FlagLevel::Watch, FlagLevel::ContactTeam, FlagLevel::Urgent}) {
        const QPen outline(QColor(0x20, 0x20, 0x20), 1.2);
        m_ids.flags[int(level)] = flags->addMarkers(flagLevelTitle(level), FlagLevelStyle::markerShape(level),
                                                    15, FlagLevelStyle::color(level), outline);
        // Shape and word together: the level never depends on colour alone.
        auto *legend = new QWidget;
        auto *legendLayout = new QHBoxLayout(legend);
        legendLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel;
        icon->setPixmap(FlagLevelStyle::icon(level, 20).pixmap(20, 20));
        legendLayout->addWidget(icon);
        legendLayout->addWidget(new QLabel(flagLevelTitle(level)));
        row->layout()->addWidget(legend);
    }
    layout->addWidget(flags);
}

void TrendChartStack::addScoresChart(QVBoxLayout *layout)
{
    QWidget *row = addHeader(layout, tr("Hands and feet (0–10)"));
    TrendChart *scores = addChart(ScoresChart, tr("Hands and feet scores"), 230, 6);
    const QPen dotOutline(Qt::NoPen);
    m_ids.handsDaily = scores->addMarkers(tr("Hands, each day"), QScatterSeries::MarkerShapeCircle, 7,
                                          kHandsColor.lighter(130), dotOutline);
    m_ids.feetDaily = scores->addMarkers(tr("Feet, each day"), QScatterSeries::MarkerShapeRectangle, 7,
                                         kFeetColor.lighter(130), dotOutline);
    m_ids.handsAverage = scores->addLine(tr("Hands, 7-day average"), linePen(kHandsColor, 3.5));
    m_ids.feetAverage = scores->addLine(tr("Feet, 7-day average"), linePen(kFeetColor, 3.5, Qt::DashLine));
    m_ids.caregiver =
        scores->addMarkers(tr("Caregiver's entries"), QScatterSeries::MarkerShapeRotatedRectangle, 13,
                           Qt::transparent, QPen(QColor(0x40, 0x40, 0x40), 1.5));
    addToggle(
        row, scores, m_ids.handsDaily,
        LegendToggle::markerSample(QScatterSeries::MarkerShapeCircle, kHandsColor.lighter(130), dotOutline),
        u"toggleHandsDaily"_s);
    addToggle(row, scores, m_ids.handsAverage, LegendToggle::lineSample(linePen(kHandsColor, 3.5)),
              u"toggleHandsAverage"_s);
    addToggle(
        row, scores, m_ids.feetDaily,
        LegendToggle::markerSample(QScatterSeries::MarkerShapeRectangle, kFeetColor.lighter(130), dotOutline),
        u"toggleFeetDaily"_s);
    addToggle(row, scores, m_ids.feetAverage,
              LegendToggle::lineSample(linePen(kFeetColor, 3.5, Qt::DashLine)), u"toggleFeetAverage"_s);
    addToggle(row, scores, m_ids.caregiver,
              LegendToggle::markerSample(QScatterSeries::MarkerShapeRotatedRectangle, Qt::transparent,
                                         QPen(QColor(0x40, 0x40, 0x40), 1.5)),
              u"toggleCaregiver"_s);
    layout->addWidget(scores);
}

void TrendChartStack::addTasksChart(QVBoxLayout *layout)
{
    QWidget *row = addHeader(layout, tr("Daily tasks"));
    TrendChart *tasks = addChart(TasksChart, tr("Daily tasks"), 160, 5);
    m_ids.fineTasks =
        tasks->addLine(tr("Hand tasks (buttons, writing, typing, grip)"), linePen(kFineColor, 3), true);
    m_ids.walkingTasks =
        tasks->addLine(tr("Walking and balance"), linePen(kWalkColor, 3, Qt::DashLine), true);
    addToggle(row, tasks, m_ids.fineTasks, LegendToggle::lineSample(linePen(kFineColor, 3)),
              u"toggleFineTasks"_s);
    addToggle(row, tasks, m_ids.walkingTasks, LegendToggle::lineSample(linePen(kWalkColor, 3, Qt::DashLine)),
              u"toggleWalkingTasks"_s);
    layout->addWidget(tasks);
}

void TrendChartStack::addGradeChart(QVBoxLayout *layout)
{
    QWidget *row = addHeader(layout, GradeEstimate::label());
    row->setToolTip(GradeEstimate::disclaimer());
    TrendChart *grade = addChart(GradeChart, GradeEstimate::label(), 120, 4);
    m_ids.grade = grade->addLine(GradeEstimate::label(), linePen(palette().color(QPalette::Text), 3), true);
    auto *gradeNote = new QLabel(tr("an estimate for talking with your care team, not the official grade"));
    row->layout()->addWidget(gradeNote);
    layout->addWidget(grade);
}

void TrendChartStack::addFallsChart(QVBoxLayout *layout)
{
    QWidget *row = addHeader(layout, tr("Falls"));
    TrendChart *falls = addChart(FallsChart, tr("Falls"), 110, 4);
    const QPen markerOutline(QColor(0x20, 0x20, 0x20), 1.2);
    m_ids.falls =
        falls->addMarkers(tr("Falls"), QScatterSeries::MarkerShapeRectangle, 14, kFallColor, markerOutline);
    m_ids.nearFalls = falls->addMarkers(tr("Near falls"), QScatterSeries::MarkerShapeCircle, 14,
                                        kNearFallColor, markerOutline);
    addToggle(row, falls, m_ids.falls,
              LegendToggle::markerSample(QScatterSeries::MarkerShapeRectangle, kFallColor, markerOutline),
              u"toggleFalls"_s);
    addToggle(row, falls, m_ids.nearFalls,
              LegendToggle::markerSample(QScatterSeries::MarkerShapeCircle, kNearFallColor, markerOutline),
              u"toggleNearFalls"_s);
    layout->addWidget(falls);
}

void TrendChartStack::addRegionTimeline(QVBoxLayout *layout)
{
    addHeader(layout, tr("Where symptoms were marked"));
    m_regions = new RegionTimeline;
    layout->addWidget(m_regions);
    connect(m_regions, &RegionTimeline::dayClicked, this, &TrendChartStack::userSetCursor);
}

TrendChart *TrendChartStack::addChart(ChartKind kind, const QString &title, int height, int valueLabels)
{
    auto *chart = new TrendChart;
    chart->setObjectName(u"chart%1"_s.arg(int(kind)));
    chart->setAccessibleName(title);
    m_heights[kind] = {height, valueLabels};
    m_charts[kind] = chart;
    connect(chart, &TrendChart::dayClicked, this, &TrendChartStack::userSetCursor);
    connect(chart, &TrendChart::dayHovered, this, &TrendChartStack::dayHovered);
    return chart;
}

LegendToggle *TrendChartStack::addToggle(QWidget *header, TrendChart *chart, int dataSet, const QIcon &sample,
                                         const QString &objectName)
{
    auto *toggle = new LegendToggle(chart->dataSetName(dataSet), sample);
    toggle->setObjectName(objectName);
    connect(toggle, &QCheckBox::toggled, chart,
            [chart, dataSet](bool on) { chart->setDataSetVisible(dataSet, on); });
    header->layout()->addWidget(toggle);
    m_toggles.append(toggle);
    return toggle;
}

void TrendChartStack::buildAxes()
{
    m_charts[FlagsChart]->setValueAxis(levelAxis({FlagLevelStyle::shortName(FlagLevel::Watch),
                                                  FlagLevelStyle::shortName(FlagLevel::ContactTeam),
                                                  FlagLevelStyle::shortName(FlagLevel::Urgent)},
                                                 0.6));

    auto *scoreAxis = new QValueAxis;
    scoreAxis->setRange(-0.3, 10.4);
    scoreAxis->setTickType(QValueAxis::TicksDynamic);
    scoreAxis->setTickAnchor(0);
    scoreAxis->setTickInterval(2);
    scoreAxis->setLabelFormat(u"%d"_s);
    m_charts[ScoresChart]->setValueAxis(scoreAxis);

    QStringList levels;
    for (int level = 0; level <= 4; ++level)
        levels.append(ValueWords::taskLevelTitle(level));
    m_charts[TasksChart]->setValueAxis(levelAxis(levels, 0.3));
    m_charts[GradeChart]->setValueAxis(levelAxis({u"0"_s, u"1"_s, u"2"_s, u"3"_s}, 0.3));

    auto *fallAxis = new QValueAxis;
    fallAxis->setRange(0, 3.5);
    fallAxis->setTickType(QValueAxis::TicksDynamic);
    fallAxis->setTickAnchor(0);
    fallAxis->setTickInterval(1);
    fallAxis->setLabelFormat(u"%d"_s);
    m_charts[FallsChart]->setValueAxis(fallAxis);
}

void TrendChartStack::updateLeftMargin()
{
    // Wide enough for the longest value label of any chart, so all plots line up.
    const QFontMetrics metrics = fontMetrics();
    int widest = metrics.horizontalAdvance(u"10"_s);
    for (int level = 0; level <= 4; ++level)
        widest = std::max(widest, metrics.horizontalAdvance(ValueWords::taskLevelTitle(level)));
    for (FlagLevel level : {FlagLevel::Watch, FlagLevel::ContactTeam, FlagLevel::Urgent})
        widest = std::max(widest, metrics.horizontalAdvance(FlagLevelStyle::shortName(level)));
    const int margin = widest + 24;
    for (TrendChart *chart : m_charts)
        chart->setLeftMargin(margin);
    m_regions->setLeftMargin(margin);
}

void TrendChartStack::updateChartHeights()
{
    // The height a chart has at the system's text size, or more with larger text: its value
    // labels (0–10, the task levels…) stay a line and a half apart, so the plot keeps room
    // for its lines between them. The page scrolls rather than squeezing the charts.
    const int line = fontMetrics().height();
    for (int kind = 0; kind < ChartCount; ++kind) {
        TrendChart *chart = m_charts[kind];
        const int plot = int(std::ceil(1.5 * line * m_heights[kind].valueLabels));
        chart->setFixedHeight(std::max(m_heights[kind].pixels, TrendChart::heightForPlot(plot, line)));
    }
    emit chartHeightsChanged();
}

int TrendChartStack::tallestChartHeight() const
{
    int tallest = 0;
    for (const TrendChart *chart : m_charts)
        tallest = std::max(tallest, chart->maximumHeight());
    return tallest;
}

void TrendChartStack::setSeries(const TrendSeries &series)
{
    m_series = &series;
    for (TrendChart *chart : m_charts) {
        chart->setRange(series.range, false);
        chart->setEvents(series.events);
        chart->setBaseline(series.baseline);
    }
    TrendChart *flags = m_charts[FlagsChart];
    for (FlagLevel level : {FlagLevel::Watch, FlagLevel::ContactTeam, FlagLevel::Urgent})
        flags->setPoints(m_ids.flags[int(level)], flagPoints(series, level));

    TrendChart *scores = m_charts[ScoresChart];
    scores->setPoints(m_ids.handsDaily, series.limbScore[std::size_t(Limb::Hands)]);
    scores->setPoints(m_ids.feetDaily, series.limbScore[std::size_t(Limb::Feet)]);
    scores->setPoints(m_ids.handsAverage, series.limbAverage[std::size_t(Limb::Hands)]);
    scores->setPoints(m_ids.feetAverage, series.limbAverage[std::size_t(Limb::Feet)]);
    scores->setPoints(m_ids.caregiver, caregiverPoints(series));

    m_charts[TasksChart]->setPoints(m_ids.fineTasks, series.fineTasks);
    m_charts[TasksChart]->setPoints(m_ids.walkingTasks, series.walkingTasks);
    m_charts[GradeChart]->setPoints(m_ids.grade, series.grade);

    TrendChart *falls = m_charts[FallsChart];
    const DayPoints fallDays = TrendSeriesBuilder::daysWith(series.falls, 1);
    const DayPoints nearFallDays = TrendSeriesBuilder::daysWith(series.nearFalls, 1);
    double highest = 2;
    for (const DayPoints *points : {&fallDays, &nearFallDays})
        for (const QPointF &point : *points)
            highest = std::max(highest, point.y());
    if (auto *axis = qobject_cast<QValueAxis *>(falls->chart()->axes(Qt::Vertical).value(0)))
        axis->setRange(0, highest + 0.5);
    falls->setPoints(m_ids.falls, fallDays);
    falls->setPoints(m_ids.nearFalls, nearFallDays);

    m_regions->setDays(series.days, series.range);
    if (m_cursor && !series.range.contains(*m_cursor))
        setCursorDay(std::clamp(*m_cursor, series.range.first, series.range.last));
}

void TrendChartStack::setEventsVisible(bool visible)
{
    for (TrendChart *chart : m_charts)
        chart->setEventsVisible(visible);
}

void TrendChartStack::setBaselineVisible(bool visible)
{
    for (TrendChart *chart : m_charts)
        chart->setBaselineVisible(visible);
}

void TrendChartStack::setCursorDay(std::optional<QDate> day)
{
    m_cursor = day;
    for (TrendChart *chart : m_charts)
        chart->setCursorDay(day);
    m_regions->setCursorDay(day);
}

void TrendChartStack::userSetCursor(QDate day)
{
    setFocus(Qt::MouseFocusReason);
    setCursorDay(day);
    emit cursorMoved(day);
}

void TrendChartStack::moveCursor(int days)
{
    if (!m_series || !m_series->range.isValid())
        return;
    const DayRange range = m_series->range;
    const QDate from = m_cursor.value_or(range.last);
    userSetCursor(std::clamp(from.addDays(days), range.first, range.last));
}

void TrendChartStack::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(ctrl ? -7 : -1);
        return;
    case Qt::Key_Right:
        moveCursor(ctrl ? 7 : 1);
        return;
    case Qt::Key_PageUp:
        moveCursor(-7);
        return;
    case Qt::Key_PageDown:
        moveCursor(7);
        return;
    case Qt::Key_Home:
        if (m_series)
            userSetCursor(m_series->range.first);
        return;
    case Qt::Key_End:
        if (m_series)
            userSetCursor(m_series->range.last);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TrendChartStack::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    Theme::paintFocusRing(painter, QRectF(rect()), 6, palette());
}

void TrendChartStack::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_regions) {
        updateLeftMargin();
        updateChartHeights();
    }
}

} // namespace nd
