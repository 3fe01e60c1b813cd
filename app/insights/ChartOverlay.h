#pragma once

#include "trends/TrendSeries.h"

#include <QGraphicsObject>

#include <optional>

class QChart;

namespace nd {

// What a Trends chart draws besides its series, in day coordinates (julian day, as
// the series): the baseline period shaded behind everything, treatment events as
// labelled vertical lines, and the day cursor on top. Painting these directly is far
// cheaper than a series per event on a ten-year chart.
class ChartOverlay : public QGraphicsObject
{
    Q_OBJECT

public:
    enum class Layer { Backdrop, Front }; // behind the series / above them

    ChartOverlay(QChart *chart, Layer layer);

    void setXRange(double minX, double maxX);
    void setBaseline(const std::optional<BaselinePeriod> &baseline)
    {
        m_baseline = baseline;
        update();
    }
    void setEvents(const QList<TreatmentEvent> &events)
    {
        m_events = events;
        update();
    }
    void setBaselineVisible(bool visible)
    {
        m_baselineVisible = visible;
        update();
    }
    void setEventsVisible(bool visible)
    {
        m_eventsVisible = visible;
        update();
    }
    void setCursorDay(std::optional<QDate> day)
    {
        m_cursor = day;
        update();
    }

    // The pixel column of a day's middle, in chart coordinates.
    double xPosition(double x) const;

    // A treatment event's label at the top of the plot: the whole name when it fits before
    // the next event's line and the plot's edge, else shortened with "…" (never cut off),
    // or put to the left of its line when there is room there (the last event at the
    // right edge). `text` is what is drawn, `event` says it in full (tooltips).
    struct EventLabel
    {
        QRectF box;
        QString text;
        TreatmentEvent event;
    };
    // The labels drawn now (none when events are hidden or only ticks fit), left to right.
    QList<EventLabel> eventLabels() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintBackdrop(QPainter &painter, const QRectF &plot);
    void paintCursor(QPainter &painter, const QRectF &plot);
    bool onlyTicks(const QRectF &plot) const;

    QChart *m_chart;
    Layer m_layer;
    double m_minX = 0;
    double m_maxX = 1;
    std::optional<BaselinePeriod> m_baseline;
    QList<TreatmentEvent> m_events;
    std::optional<QDate> m_cursor;
    bool m_baselineVisible = true;
    bool m_eventsVisible = true;
};

} // namespace nd
