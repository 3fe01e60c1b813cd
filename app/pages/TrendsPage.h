#pragma once

#include "trends/TrendSeries.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QScrollArea;

namespace nd {

class AnalysisCache;
class Clock;
class PeriodPicker;
class TrendChartStack;

// The Trends page: how symptoms, daily tasks, the estimated grade and falls went over
// time, with treatment events, flags and the baseline period, for 30 days, 90 days,
// a year, the whole diary or a chosen range. A day cursor (arrow keys, or a click)
// shows every value of that day in the side panel, with whose entries it came from.
//
// Built lazily: the charts are created the first time the page is shown, so the
// window starts fast. Switching ranges reuses the charts and only replaces points.
class TrendsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Days30, Days90, Year, All, Custom };

    TrendsPage(AnalysisCache &cache, const Clock &clock, QWidget *parent = nullptr);

    bool isBuilt() const { return m_stack != nullptr; }
    // Builds the charts now (normally done on first show).
    void ensureBuilt();

    Preset preset() const { return m_preset; }
    void showPreset(Preset preset);
    void showCustomRange(QDate first, QDate last);
    DayRange range() const { return m_series.range; }
    const TrendSeries &series() const { return m_series; }
    TrendChartStack *charts() const { return m_stack; }

    std::optional<QDate> cursorDay() const;
    void setCursorDay(QDate day);
    // The side panel's text (plain), for tests and screen readers.
    QString detailsText() const;

    // How long the last range change took to rebuild the series and the charts' data,
    // in milliseconds (painting comes on top).
    double lastUpdateMs() const { return m_lastUpdateMs; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    QWidget *buildRangeBar();
    QWidget *buildSidePanel();
    void updatePanelWidth();
    void updateChartScrollMinimum();
    void updateBodyDirection();
    void applyAnalysis();
    void showRange(DayRange range);
    DayRange presetRange(Preset preset) const;
    QDate lastDay() const;
    void updateDetails();
    void showHoverTip(QDate day, const QPoint &globalPos);
    void updateEmptyState();

    AnalysisCache &m_cache;
    const Clock &m_clock;
    Preset m_preset = Preset::Days90;
    DayRange m_customRange;
    TrendSeries m_series;
    double m_lastUpdateMs = 0;
    bool m_stale = true; // the cache has news the charts do not show yet

    TrendChartStack *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    PeriodPicker *m_rangePicker = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_panel = nullptr;
    QBoxLayout *m_body = nullptr;
    QWidget *m_outerViewport = nullptr; // of the window's scroll area around the page, if any
    QLabel *m_emptyNote = nullptr;
    QLabel *m_loading = nullptr;
};

} // namespace nd
