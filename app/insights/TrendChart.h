#pragma once

#include "ChartOverlay.h"
#include "trends/DownSampling.h"
#include "trends/TrendSeries.h"

#include <QChartView>
#include <QScatterSeries>

class QAbstractAxis;
class QXYSeries;

namespace nd {

class DayAxis;

// One chart of the Trends page: a day axis shared in meaning with its siblings, one
// value axis, and data sets drawn as lines (one line per unbroken run, so a gap in
// the diary stays a gap) or as markers. The plot area has fixed margins, so stacked
// charts line up day for day.
//
// Data sets are created once; changing the range only replaces their points. Line
// runs reuse a pool of series that only grows, so switching ranges creates nothing.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    // Pixels kept inside the plot before the first day and after the last: a whole marker
    // (15 px and its outline) fits, so a flag on today's date is not cut by the plot's
    // edge. The same on every chart (and the region timeline), so they line up day for day.
    static constexpr int kEdgeRoom = 11;

    explicit TrendChart(QWidget *parent = nullptr);

    DayAxis *dayAxis() const { return m_dayAxis; }
    // Takes ownership; shown on the left.
    void setValueAxis(QAbstractAxis *axis);

    // Returns the data set's id.
    int addLine(const QString &name, const QPen &pen, bool steps = false);
    int addMarkers(const QString &name, QScatterSeries::MarkerShape shape, qreal size, const QColor &fill,
                   const QPen &outline);

    // Thins and splits `points` for the current range and plot width, then shows them.
    void setPoints(int dataSet, const DayPoints &points);
    void setDataSetVisible(int dataSet, bool visible);
    bool isDataSetVisible(int dataSet) const;
    QString dataSetName(int dataSet) const;
    // Points shown right now (after thinning), for tests.
    qsizetype shownPointCount(int dataSet) const;
    // How many series back a data set (for tests of the pool).
    qsizetype seriesCount(int dataSet) const;

    // Shows `range`; with redrawNow false the data sets keep their old drawing until
    // their points are set again (saves thinning twice when everything changes).
    void setRange(DayRange range, bool redrawNow = true);
    DayRange range() const { return m_range; }
    void setBaseline(const std::optional<BaselinePeriod> &baseline);
    void setEvents(const QList<TreatmentEvent> &events);
    void setEventsVisible(bool visible);
    void setBaselineVisible(bool visible);
    void setCursorDay(std::optional<QDate> day);

    // The left margin (for the value axis labels), equal on every stacked chart.
    void setLeftMargin(int pixels);
    // The view's height that gives the plot `plotHeight` pixels, with the day labels (text
    // `lineHeight` pixels high) below.
    static int heightForPlot(int plotHeight, int lineHeight);
    // Buckets for down-sampling: one per two pixels of plot width.
    int bucketCount() const;
    // The day under a point of the view, if it is inside the plot.
    std::optional<QDate> dayAt(const QPoint &viewPos) const;
    QRectF plotArea() const;
    // The x values (julian days) at the plot's left and right edges: the range's days and
    // a little room beyond them for the markers of its first and last day.
    std::pair<double, double> xDomain() const;
    // The pixel column of a day's middle, in the coordinates of plotArea().
    double dayPosition(QDate day) const;
    // The treatment events' labels drawn now (see ChartOverlay::EventLabel).
    QList<ChartOverlay::EventLabel> eventLabels() const { return m_backdrop->eventLabels(); }

signals:
    void dayClicked(QDate day);
    void dayHovered(QDate day, const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct DataSet
    {
        QString name;
        bool line = true;
        bool steps = false;
        bool visible = true;
        QPen pen;
        QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
        qreal markerSize = 10;
        QColor fill;
        QList<QXYSeries *> series; // line runs (pool) or the one marker series
        DayPoints points;          // as given, before thinning
        qsizetype shown = 0;
    };

    QXYSeries *newSeries(DataSet &set);
    static QImage markerImage(const DataSet &set, qreal pixelRatio);
    void redraw(DataSet &set);
    void applyPlotArea();
    void applyColors();
    static int bottomMargin(int lineHeight);

    QList<DataSet> m_sets;
    DayAxis *m_dayAxis = nullptr;
    QAbstractAxis *m_valueAxis = nullptr;
    ChartOverlay *m_backdrop = nullptr;
    ChartOverlay *m_front = nullptr;
    DayRange m_range;
    int m_leftMargin = 80;
};

} // namespace nd
