#pragma once

#include "trends/TrendSeries.h"

#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace nd {

class LegendToggle;
class RegionTimeline;
class TrendChart;

// The stacked charts of the Trends page, sharing one day axis: flags, hands and feet
// scores with their 7-day averages, daily-task levels, the estimated grade, falls,
// and the body map over time. Treatment events and the baseline period appear on
// every chart. Each chart's legend entries switch its lines on and off.
//
// The stack is one keyboard stop: Left/Right move the day cursor by a day,
// Page Up/Page Down (or Ctrl+arrows) by a week, Home/End to the range's ends.
// A click on any chart puts the cursor on that day.
class TrendChartStack : public QWidget
{
    Q_OBJECT

public:
    enum ChartKind { FlagsChart, ScoresChart, TasksChart, GradeChart, FallsChart, ChartCount };

    explicit TrendChartStack(QWidget *parent = nullptr);

    // Shows the series (kept by reference: the owner keeps it alive and unchanged
    // until the next call).
    void setSeries(const TrendSeries &series);
    TrendChart *chart(ChartKind kind) const { return m_charts[kind]; }
    RegionTimeline *regionTimeline() const { return m_regions; }
    QList<LegendToggle *> toggles() const { return m_toggles; }
    // The height of the tallest chart (grows with the text size).
    int tallestChartHeight() const;

    void setEventsVisible(bool visible);
    void setBaselineVisible(bool visible);

    std::optional<QDate> cursorDay() const { return m_cursor; }
    void setCursorDay(std::optional<QDate> day);

signals:
    // The user moved the cursor (keys or a click).
    void cursorMoved(QDate day);
    // The charts' heights changed with the text size.
    void chartHeightsChanged();
    void dayHovered(QDate day, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct SetIds
    {
        int flags[3];
        int handsDaily, feetDaily, handsAverage, feetAverage, caregiver;
        int fineTasks, walkingTasks;
        int grade;
        int falls, nearFalls;
    };

    // The stack's parts, top to bottom; each chart under its header (title and legend toggles).
    QWidget *addHeader(QVBoxLayout *layout, const QString &title);
    void addFlagsChart(QVBoxLayout *layout);
    void addScoresChart(QVBoxLayout *layout);
    void addTasksChart(QVBoxLayout *layout);
    void addGradeChart(QVBoxLayout *layout);
    void addFallsChart(QVBoxLayout *layout);
    void addRegionTimeline(QVBoxLayout *layout);
    TrendChart *addChart(ChartKind kind, const QString &title, int height, int valueLabels);
    void updateChartHeights();
    LegendToggle *addToggle(QWidget *header, TrendChart *chart, int dataSet, const QIcon &sample,
                            const QString &objectName);
    void buildAxes();
    void updateLeftMargin();
    void moveCursor(int days);
    void userSetCursor(QDate day);

    TrendChart *m_charts[ChartCount] = {};
    struct Height
    {
        int pixels = 0;      // at the system's text size
        int valueLabels = 0; // labels on the value axis
    };
    Height m_heights[ChartCount];
    QList<QLabel *> m_titles;
    RegionTimeline *m_regions = nullptr;
    QList<LegendToggle *> m_toggles;
    SetIds m_ids{};
    const TrendSeries *m_series = nullptr;
    std::optional<QDate> m_cursor;
};

} // namespace nd
