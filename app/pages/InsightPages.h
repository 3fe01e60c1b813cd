#pragma once

#include <QObject>

class QWidget;

namespace nd {

class AlertsPage;
class AnalysisCache;
class Clock;
class DiaryEditor;
class DiaryStore;
class GuidePage;
class PageHost;
class TrendsPage;
class UrgentBanner;

// Puts the pages that read the rules' results into the window: Trends, Alerts and the
// self-care guide, and the urgent-flag banner shown above every page. They share one
// AnalysisCache, refreshed whenever the diary changes through the window's editor.
// The window passes itself as the PageHost (and its store and editor), so this class
// does not know the window.
class InsightPages : public QObject
{
    Q_OBJECT

public:
    InsightPages(PageHost &pages, DiaryStore &store, DiaryEditor &editor, const Clock &clock,
                 QObject *parent);

    // Side-bar entries, in the order the window wants them.
    void addTrendsAndAlerts();
    void addGuide();

    AnalysisCache &cache() { return *m_cache; }
    // The banner for the window to place above its pages.
    QWidget *urgentBanner() const;

private:
    void showGuide(int topic);

    PageHost &m_pages;
    DiaryEditor &m_editor;
    const Clock &m_clock;
    AnalysisCache *m_cache = nullptr;
    UrgentBanner *m_banner = nullptr;
};

} // namespace nd
