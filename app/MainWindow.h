#pragma once

#include "model/Entry.h"
#include "pages/PageHost.h"
#include "settings/DiaryFileActions.h"

#include <QDate>
#include <QMainWindow>
#include <QSet>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QVBoxLayout;

namespace nd {

class AppSettings;
class AuthorSwitch;
class Clock;
class DiaryEditor;
class DiaryStore;
class DailyReminder;
class DraftStore;
class FlagDaysLoader;
class HistoryPage;
class InsightPages;
class TodayPage;

// The window shell: a large side bar of pages, a tool bar (who is logging, undo),
// menus and a status line (diary file, last save). Pages are separate classes,
// built the first time they are shown so the window opens fast.
//
// Extension points for other parts of the app: addPage() (with a factory called on
// first show), menu() to add actions, editor() for undoable diary changes.
class MainWindow : public QMainWindow, public PageHost
{
    Q_OBJECT

public:
    MainWindow(DiaryStore &store, AppSettings &settings, const DraftStore &drafts, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- pages (PageHost) ---
    int addPage(const QString &id, const QString &iconName, const QString &title,
                PageFactory factory) override;
    QWidget *page(const QString &id) override;
    bool isPageBuilt(const QString &id) const;
    void setPageCount(const QString &id, int count) override;
    int pageCount() const;
    int currentPage() const;
    QString currentPageId() const;
    QString pageId(int index) const;
    void setCurrentPage(int index);
    bool showPage(const QString &id) override;

    // --- menus other parts add their actions to ---
    enum class MenuId { File, Edit, View, Help };
    QMenu *menu(MenuId id) const;

    DiaryEditor &editor() { return *m_editor; }
    DailyReminder *reminder() const { return m_reminder; }
    TodayPage *todayPage() const { return m_today; }
    HistoryPage *historyPage();
    AuthorSwitch *authorSwitch() const { return m_authorSwitch; }
    bool isSideBarCollapsed() const { return m_sideBarCollapsed; }

    // Days on which the escalation rules raised a flag (shown in the History calendar).
    void setFlagDays(const QSet<QDate> &days);

    // Asks about unsaved changes; false when the user wants to stay.
    bool confirmClose();

    // A generated demo diary that goes away on quitting: the title and a banner say so,
    // and quitting after changes offers to keep a copy.
    void setDemo(bool demo);
    // Writes a copy of the diary where the user chooses (Documents first); false if not written.
    bool keepCopyOfDemo();

public slots:
    void openDayInToday(QDate date, nd::Author author);
    // Raises the window (from the reminder, a second launch); on Today at `day` when valid.
    void bringForward(QDate day);

    // Settings: shows the dialog and stores what the person chose. What shows a setting
    // follows it (followSettings(), WindowHost for the language, the launcher for the timer).
    void openSettings();
    // Help → About: the intended use, the sources of the rules and the emergency advice.
    void showAbout();
    // After the first-run questions: what the app is and is not, as a note above the pages
    // (a second dialog in a row was one too many), with the way to the full About.
    void showFirstRunNote();
    // Open another diary, start a new one, move this one (File menu and Settings).
    void switchDiary(nd::DiaryFileAction action);

signals:
    // The user chose another diary file: the launcher closes this window and opens
    // `path`; after a move it then removes `oldFileToRemove`.
    void diarySwitchRequested(const QString &path, const QString &oldFileToRemove);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct PageSlot;
    void buildMenus();
    // Connects what the window shows to the settings it shows (AppSettings::follow).
    void followSettings();
    // After the text size changed: the relative fonts, the side bar, the window's fit.
    void followTextScale();
    void buildToolBar();
    void buildSideBar();
    void addStandardPages();
    void showPageAt(int index);
    void onAuthorEdited();
    void updateStatus();
    void updateSideBarMetrics();
    void updateTitle();
    // Moves the text size `steps` steps (of AppSettings::kTextScaleStep) up or down.
    void changeTextScale(int steps);
    void updateUrgentSlot();
    // Resizes to `wanted`, kept within the screen's free area.
    void fitToScreen(QSize wanted);
    void showKeyboardHelp();
    void restoreWindowState();

    DiaryStore &m_store;
    AppSettings &m_settings;
    const Clock &m_clock;
    DiaryEditor *m_editor = nullptr;
    QList<PageSlot *> m_slots;
    QListWidget *m_sideBar = nullptr;
    bool m_sideBarCollapsed = false; // icons only (large text on a small screen)
    bool m_fittedOnce = false;
    bool m_demo = false;
    bool m_demoChanged = false; // something was saved or deleted in the demo diary
    QWidget *m_demoBanner = nullptr;
    QVBoxLayout *m_pageColumn = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolBar *m_toolBar = nullptr;
    AuthorSwitch *m_authorSwitch = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_urgentSlot = nullptr; // holds the window-wide urgent banner
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    TodayPage *m_today = nullptr;
    InsightPages *m_insights = nullptr; // Trends, Alerts, guide, urgent banner
    QSet<QDate> m_flagDays;
    FlagDaysLoader *m_flagLoader = nullptr;
    DailyReminder *m_reminder = nullptr;
};

} // namespace nd
