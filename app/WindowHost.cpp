#include "WindowHost.h"

#include "MainWindow.h"
#include "config/AppSettings.h"
#include "entry/AuthorSwitch.h"
#include "i18n/Translator.h"
#include "pages/TodayPage.h"
#include "widgets/Banner.h"

#include <QTimer>

namespace nd {

WindowHost::WindowHost(DiaryStore &store, AppSettings &settings, const DraftStore &drafts, const Clock &clock,
                       std::function<void(MainWindow &)> setUp, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_drafts(drafts), m_clock(clock),
      m_setUp(std::move(setUp))
{
    m_window = build();
    // Another language: installed, and the window built anew in it (after the current event:
    // the change may come from inside the old window, e.g. its Settings dialog).
    connect(&m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key != AppSettings::Key::Language)
            return;
        Translator::applySetting(m_settings.language());
        rebuildLater();
    });
}

WindowHost::~WindowHost() = default;

std::unique_ptr<MainWindow> WindowHost::build()
{
    auto window = std::make_unique<MainWindow>(m_store, m_settings, m_drafts, m_clock);
    if (m_setUp)
        m_setUp(*window);
    return window;
}

void WindowHost::rebuildLater()
{
    QTimer::singleShot(0, this, &WindowHost::rebuild);
}

void WindowHost::rebuild()
{
    std::unique_ptr<MainWindow> old = std::move(m_window);
    TodayPage *oldToday = old->todayPage();
    const bool dirty = oldToday->isDirty();
    const QDate day = oldToday->date();
    const Author author = oldToday->author();
    oldToday->flushDraft(); // the new window's Today page starts from this draft

    m_window = build();
    TodayPage *today = m_window->todayPage();
    if (!dirty) {
        // Nothing unsaved: open the same day for the same person, as before.
        m_window->authorSwitch()->setAuthor(author);
        today->setAuthor(author);
        today->openDay(day);
    }
    today->messageBanner()->hide(); // no "your changes are back": nothing was closed
    m_window->restoreGeometry(old->saveGeometry());
    m_window->showPage(old->currentPageId());
    if (old->isVisible())
        m_window->show();
    m_window->setWindowState(old->windowState());
    old->hide();
    // The old window may still be on the call stack (its Settings dialog asked for this).
    old.release()->deleteLater();
}

} // namespace nd
