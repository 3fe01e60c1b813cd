#include "InsightPages.h"

#include "alerts/AlertGroups.h"
#include "alerts/UrgentBanner.h"
#include "diary/DiaryEditor.h"
#include "insights/AnalysisCache.h"
#include "pages/AlertsPage.h"
#include "pages/GuidePage.h"
#include "pages/PageHost.h"
#include "pages/TrendsPage.h"
#include "util/Clock.h"

#include <QTimer>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
// The first analysis waits until the window has painted, so start-up stays fast.
constexpr int kFirstAnalysisDelayMs = 300;
} // namespace

InsightPages::InsightPages(PageHost &pages, DiaryStore &store, DiaryEditor &editor, const Clock &clock,
                           QObject *parent)
    : QObject(parent), m_pages(pages), m_editor(editor), m_clock(clock)
{
    m_cache = new AnalysisCache(store, this);
    m_banner = new UrgentBanner(*m_cache);
    connect(m_banner, &UrgentBanner::openAlertsRequested, this, [this] { m_pages.showPage(u"alerts"_s); });
    // A new entry may bring an urgent warning sign: the banner must know at once.
    connect(&m_editor, &DiaryEditor::diaryChanged, m_cache, &AnalysisCache::refresh);
    // The side bar's Alerts entry counts the flags that need attention.
    connect(m_cache, &AnalysisCache::updated, this, [this] {
        const AlertGroups::Split split = AlertGroups::split(m_cache->analysis().flags, m_clock.today());
        m_pages.setPageCount(u"alerts"_s, int(split.active.size()));
    });
    QTimer::singleShot(kFirstAnalysisDelayMs, m_cache, &AnalysisCache::refresh);
}

void InsightPages::addTrendsAndAlerts()
{
    m_pages.addPage(u"trends"_s, u"trends"_s, tr("Trends"),
                    [this] { return new TrendsPage(*m_cache, m_clock); });
    m_pages.addPage(u"alerts"_s, u"alerts"_s, tr("Alerts"), [this] {
        auto *alerts = new AlertsPage(*m_cache, m_clock);
        // Through the window's editor, so a new baseline can be undone like any change.
        alerts->setBaselineWriter([this](const BaselinePeriod &period, QString *error) {
            if (m_editor.setBaseline(period))
                return true;
            *error = m_editor.errorString();
            return false;
        });
        connect(alerts, &AlertsPage::guideRequested, this,
                [this](SelfCareGuide::Topic topic) { showGuide(int(topic)); });
        return alerts;
    });
}

QWidget *InsightPages::urgentBanner() const
{
    return m_banner;
}

void InsightPages::addGuide()
{
    m_pages.addPage(u"guide"_s, u"guide"_s, tr("Self-care guide"), [this] {
        // The emergency box gives the numbers too, as the diary holds them.
        auto *guide = new GuidePage;
        guide->setContacts(UrgentAdvice::contactsOf(m_cache->profile()));
        connect(m_cache, &AnalysisCache::updated, guide,
                [this, guide] { guide->setContacts(UrgentAdvice::contactsOf(m_cache->profile())); });
        return guide;
    });
}

void InsightPages::showGuide(int topic)
{
    m_pages.showPage(u"guide"_s);
    if (auto *guide = qobject_cast<GuidePage *>(m_pages.page(u"guide"_s)))
        guide->showTopic(SelfCareGuide::Topic(topic));
}

} // namespace nd
