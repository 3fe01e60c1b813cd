#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace nd {

class AppSettings;
class Clock;
class DiaryStore;
class DraftStore;
class MainWindow;

// Owns the main window of one open diary and can build it anew in place, which is how
// a new language takes effect without a restart (it follows AppSettings' language, from
// wherever it is changed): every text is made again through
// tr(), and what the person was doing carries over (the unsaved entry, through its
// draft; the day and author on the Today page; the page shown; the window's place).
// The undo history stays with the old window: it describes edits made in it.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    // `setUp` is called on every window built (to connect it and add actions).
    WindowHost(DiaryStore &store, AppSettings &settings, const DraftStore &drafts, const Clock &clock,
               std::function<void(MainWindow &)> setUp, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }

    // Replaces the window with a new one after the current event is handled (the
    // request may come from inside the old window, e.g. its Settings dialog).
    void rebuildLater();
    void rebuild();

private:
    std::unique_ptr<MainWindow> build();

    DiaryStore &m_store;
    AppSettings &m_settings;
    const DraftStore &m_drafts;
    const Clock &m_clock;
    std::function<void(MainWindow &)> m_setUp;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace nd
