#pragma once

#include <QObject>

class QWidget;

namespace nd {

class AlertsPage;
class AnalysisCache;
class Clock;
class GuidePage;
class MainWindow;
class TrendsPage;
class UrgentBanner;

// Puts the pages that read the rules' results into the window: Trends, Alerts and the
// self-care guide, and the urgent-flag banner shown above every page. They share one
// AnalysisCache, refreshed whenever the diary changes through the window's editor.
class InsightPages : public QObject
{
    Q_OBJECT

public:
    InsightPages(MainWindow &window, const Clock &clock);

    // Side-bar entries, in the order the window wants them.
    void addTrendsAndAlerts();
    void addGuide();

    AnalysisCache &cache() { return *m_cache; }
    // The banner for the window to place above its pages.
    QWidget *urgentBanner() const;

private:
    void showGuide(int topic);

    MainWindow &m_window;
    const Clock &m_clock;
    AnalysisCache *m_cache = nullptr;
    UrgentBanner *m_banner = nullptr;
};

} // namespace nd
