#include "MainWindow.h"

#include "config/AppSettings.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/MessageBox.h"
#include "diary/DailyReminder.h"
#include "diary/DiaryEditor.h"
#include "diary/DraftStore.h"
#include "diary/FlagDaysLoader.h"
#include "entry/AuthorSwitch.h"
#include "export/FhirExportAction.h"
#include "guide/SelfCareGuide.h"
#include "guide/UrgentAdvice.h"
#include "pages/HistoryPage.h"
#include "pages/InsightPages.h"
#include "pages/ReportPage.h"
#include "pages/TodayPage.h"
#include "settings/DiaryFileActions.h"
#include "settings/SettingsDialog.h"
#include "settings/TextScale.h"
#include "storage/DiaryStore.h"
#include "util/Clock.h"
#include "widgets/Banner.h"
#include "widgets/Icons.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
constexpr int kTitleRole = Qt::UserRole + 1; // a side-bar entry's page title
constexpr int kIconRole = Qt::UserRole + 2;  // its icon without a count
constexpr int kCountRole = Qt::UserRole + 3; // how many things there need attention
// The side bar shows only icons when its names would take more than this share of the screen.
constexpr qreal kSideBarShareOfScreen = 0.18;

// The page's icon with the count in a dark red pill at its top right, for the side bar when
// only the icons show ("Alerts (2)" is then hidden in the tooltip). White on dark red reads at
// any theme; the pill's rim in the base colour keeps it apart from the icon's lines.
QIcon withCountBadge(const QIcon &icon, int count, int size, const QFont &font, const QPalette &palette)
{
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    icon.paint(&painter, QRect(0, 0, size, size));
    const QString text = count > 99 ? u"99+"_s : QString::number(count);
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(std::max(10, size * 45 / 100));
    const QFontMetrics metrics(bold);
    const int height = metrics.height();
    const int width = std::min(size, std::max(height, metrics.horizontalAdvance(text) + height / 2));
    const QRectF badge(size - width, 0, width, height);
    painter.setPen(QPen(palette.color(QPalette::Base), std::max(1.0, size / 24.0)));
    painter.setBrush(QColor(0xa5, 0x00, 0x1e));
    painter.drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter.setPen(Qt::white);
    painter.setFont(bold);
    painter.drawText(badge, Qt::AlignCenter, text);
    painter.end();
    return QIcon(pixmap);
}
} // namespace

// One side-bar entry: an empty holder in the stack until the page is first shown.
struct MainWindow::PageSlot
{
    QString id;
    QString iconName;
    QString title;
    PageFactory factory;
    QWidget *holder = nullptr;
    QWidget *page = nullptr;
};

MainWindow::MainWindow(DiaryStore &store, AppSettings &settings, const DraftStore &drafts, const Clock &clock,
                       QWidget *parent)
    : QMainWindow(parent), m_store(store), m_settings(settings), m_clock(clock)
{
    setObjectName(u"mainWindow"_s);
    m_editor = new DiaryEditor(store, this);

    m_today = new TodayPage(*m_editor, drafts, clock);
    connect(m_today, &TodayPage::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
        updateStatus();
    });
    connect(m_today, &TodayPage::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_today, &TodayPage::authorRestored, this,
            [this](Author author) { m_authorSwitch->setAuthor(author); });

    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);
    buildSideBar();
    buildToolBar();
    buildMenus();
    addStandardPages();

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sideBar);
    auto *pageColumn = new QVBoxLayout;
    m_pageColumn = pageColumn;
    pageColumn->setSpacing(0);
    pageColumn->addWidget(m_pages, 1);
    // Under every page while an urgent flag is open: below, so its arrival moves nothing. Today
    // shows its own urgent banner for the signs on the form; then this one steps aside, so the
    // emergency advice is on screen once.
    m_urgentSlot = new QWidget;
    m_urgentSlot->setObjectName(u"urgentSlot"_s);
    auto *slotLayout = new QVBoxLayout(m_urgentSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    slotLayout->addWidget(m_insights->urgentBanner());
    pageColumn->addWidget(m_urgentSlot);
    connect(m_today, &TodayPage::urgentBannerShown, this, &MainWindow::updateUrgentSlot);
    layout->addLayout(pageColumn, 1);
    setCentralWidget(central);

    m_status = new QLabel;
    m_status->setObjectName(u"diaryStatus"_s);
    // Beside the status messages, not over them: the file's name here, its folder in the tooltip.
    statusBar()->addPermanentWidget(m_status);
    connect(m_editor, &DiaryEditor::diaryChanged, this, &MainWindow::updateStatus);
    connect(m_editor, &DiaryEditor::diaryChanged, this, [this] { m_demoChanged = m_demo; });
    if (store.database().takePermissionsTightened())
        statusBar()->showMessage(tr("Other accounts on this computer could read your diary's files; "
                                    "they are now private to you."),
                                 60 * 1000);
    connect(m_editor, &DiaryEditor::commandFailed, this,
            [this](const QString &message) { MessageBox::warn(this, tr("NerveDiary"), message); });

    m_reminder = new DailyReminder(store, clock, this);
    connect(m_reminder, &DailyReminder::reminded, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5 * 60 * 1000); });
    connect(m_reminder, &DailyReminder::openDayRequested, this, &MainWindow::bringForward);

    followSettings();
    m_today->setUrgentContacts(UrgentAdvice::contactsOf(store.profile()));
    m_today->restoreDraftOrOpenToday();
    m_authorSwitch->setAuthor(m_today->author());
    updateStatus();
    updateTitle();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    qDeleteAll(m_slots);
}

void MainWindow::buildSideBar()
{
    m_sideBar = new QListWidget;
    m_sideBar->setObjectName(u"sideBar"_s);
    m_sideBar->setAccessibleName(tr("Pages"));
    m_sideBar->setIconSize(QSize(28, 28));
    m_sideBar->setSpacing(3);
    m_sideBar->setFrameShape(QFrame::NoFrame);
    m_sideBar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sideBar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The side bar sits on the window colour, a little apart from the pages' cards.
    QPalette palette = m_sideBar->palette();
    palette.setColor(QPalette::Base,
                     Theme::mix(palette.color(QPalette::Window), palette.color(QPalette::Mid), 0.12));
    m_sideBar->setPalette(palette);
    Theme::setRelativeFont(m_sideBar, 1.2, false);
    connect(m_sideBar, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);
}

void MainWindow::buildToolBar()
{
    m_toolBar = new QToolBar(tr("Main tool bar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(24, 24));
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    auto *who = new QLabel(tr("Who is logging:"));
    who->setContentsMargins(12, 0, 6, 0);
    m_toolBar->addWidget(who);
    m_authorSwitch = new AuthorSwitch;
    m_authorSwitch->setObjectName(u"authorSwitch"_s);
    m_authorSwitch->setAccessibleName(tr("Who is logging"));
    who->setBuddy(m_authorSwitch);
    m_toolBar->addWidget(m_authorSwitch);
    connect(m_authorSwitch, &AuthorSwitch::edited, this, &MainWindow::onAuthorEdited);
}

void MainWindow::buildMenus()
{
    const QColor iconColor = palette().color(QPalette::WindowText);
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *save = m_today->saveAction();
    save->setIcon(Icons::icon(u"save"_s, iconColor));
    m_fileMenu->addAction(save);
    m_fileMenu->addSeparator();
    QAction *settings = m_fileMenu->addAction(Icons::icon(u"settings"_s, iconColor), tr("Se&ttings…"));
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    QAction *openDiary = m_fileMenu->addAction(tr("&Open another diary…"));
    openDiary->setShortcut(QKeySequence::Open);
    connect(openDiary, &QAction::triggered, this, [this] { switchDiary(DiaryFileAction::OpenOther); });
    QAction *newDiary = m_fileMenu->addAction(tr("Start a &new diary…"));
    connect(newDiary, &QAction::triggered, this, [this] { switchDiary(DiaryFileAction::StartNew); });
    QAction *moveDiary = m_fileMenu->addAction(tr("&Move this diary…"));
    connect(moveDiary, &QAction::triggered, this, [this] { switchDiary(DiaryFileAction::Move); });
    m_fileMenu->addSeparator();
    // The whole diary in the health-record standard, for other health apps and the clinic.
    m_fileMenu->addAction((new FhirExportAction(m_store, this))->action());
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Icons::icon(u"undo"_s, iconColor));
    QAction *redo = m_editor->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(Icons::icon(u"redo"_s, iconColor));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    QAction *same = m_editMenu->addAction(tr("Same as &last entry"));
    same->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(same, &QAction::triggered, this, [this] {
        showPage(u"today"_s);
        m_today->sameAsLastEntry();
    });

    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    for (QAction *action : {undo, redo}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action))) {
            Theme::makeBig(button);
            button->setAccessibleName(action == undo ? tr("Undo") : tr("Redo"));
        }
    }

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *bigger = m_viewMenu->addAction(tr("&Larger text"));
    bigger->setObjectName(u"largerTextAction"_s);
    bigger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(bigger, &QAction::triggered, this, [this] { changeTextScale(+1); });
    QAction *smaller = m_viewMenu->addAction(tr("&Smaller text"));
    smaller->setObjectName(u"smallerTextAction"_s);
    smaller->setShortcut(QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, this, [this] { changeTextScale(-1); });
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = m_helpMenu->addAction(Icons::icon(u"help"_s, iconColor), tr("&Keyboard help"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, &MainWindow::showKeyboardHelp);
    QAction *about = m_helpMenu->addAction(tr("&About NerveDiary"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    // Window-modal and not blocking: what the app is and is not, and what to do in an emergency.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showFirstRunNote()
{
    auto *note = new Banner;
    note->setObjectName(u"firstRunNote"_s);
    m_pageColumn->insertWidget(0, note); // in the window before it shows, never as a window of its own
    note->showMessage(Banner::Kind::Info, tr("Before your first entry"),
                      tr("NerveDiary keeps your diary for you and your care team; it does not diagnose and "
                         "does not replace them.") +
                          u' ' + SelfCareGuide::emergencyAdvice());
    connect(note->addAction(tr("What it is and is not"), u"firstRunAbout"_s), &QPushButton::clicked, this,
            &MainWindow::showAbout);
    connect(note->addAction(tr("Got it"), u"firstRunDone"_s), &QPushButton::clicked, note, &QWidget::hide);
}

void MainWindow::addStandardPages()
{
    addPage(u"today"_s, u"today"_s, tr("Today"), [this] { return m_today; });
    page(u"today"_s); // built at once: it holds the unsaved draft and the Save action
    addPage(u"history"_s, u"history"_s, tr("History"), [this] {
        auto *history = new HistoryPage(*m_editor);
        history->setFlagDays(m_flagDays);
        // Flags need the whole diary: computed off the UI thread once History is wanted.
        if (!m_flagLoader) {
            m_flagLoader = new FlagDaysLoader(m_store, this);
            connect(m_flagLoader, &FlagDaysLoader::ready, this, &MainWindow::setFlagDays);
            connect(m_editor, &DiaryEditor::diaryChanged, m_flagLoader, &FlagDaysLoader::request);
            m_flagLoader->request();
        }
        connect(history, &HistoryPage::openEntryRequested, this, &MainWindow::openDayInToday);
        connect(history, &HistoryPage::logDayRequested, this,
                [this](QDate date) { openDayInToday(date, m_today->author()); });
        return history;
    });
    m_insights = new InsightPages(*this, m_store, *m_editor, m_clock, this);
    m_insights->addTrendsAndAlerts();
    addPage(u"report"_s, u"report"_s, tr("Report"), [this] { return new ReportPage(m_store, m_clock); });
    m_insights->addGuide();
}

int MainWindow::addPage(const QString &id, const QString &iconName, const QString &title, PageFactory factory)
{
    auto *slot = new PageSlot{id, iconName, title, std::move(factory), new QWidget, nullptr};
    slot->holder->setObjectName(id + u"Holder"_s);
    auto *holderLayout = new QVBoxLayout(slot->holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_slots.append(slot);
    // A page wider than the window (large text on a small screen) scrolls inside it; the
    // window itself never grows past the screen for one page's sake.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(id + u"Scroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(slot->holder);
    m_pages->addWidget(scroll);

    auto *item =
        new QListWidgetItem(Icons::icon(iconName, palette().color(QPalette::WindowText)), title, m_sideBar);
    item->setData(Qt::UserRole, id);
    item->setData(kTitleRole, title);
    item->setData(kIconRole, item->icon());
    item->setData(Qt::AccessibleTextRole, title); // also when only the icon shows
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_slots.size()));
    updateSideBarMetrics();

    // Ctrl+1 … Ctrl+9 reach the pages from anywhere.
    const int index = int(m_slots.size()) - 1;
    if (index < 9) {
        QAction *go = m_viewMenu->addAction(title);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(go, &QAction::triggered, this, [this, index] { setCurrentPage(index); });
    }
    return index;
}

QWidget *MainWindow::page(const QString &id)
{
    for (PageSlot *slot : std::as_const(m_slots)) {
        if (slot->id != id)
            continue;
        if (!slot->page) {
            slot->page = slot->factory();
            slot->page->setObjectName(id + u"Page"_s);
            slot->holder->layout()->addWidget(slot->page);
        }
        return slot->page;
    }
    return nullptr;
}

bool MainWindow::isPageBuilt(const QString &id) const
{
    for (const PageSlot *slot : m_slots) {
        if (slot->id == id)
            return slot->page != nullptr;
    }
    return false;
}

void MainWindow::setPageCount(const QString &id, int count)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i]->id != id)
            continue;
        const QString title = m_slots[i]->title;
        const QString shown = count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title;
        QListWidgetItem *item = m_sideBar->item(i);
        item->setData(kTitleRole, shown);
        item->setData(kCountRole, count);
        item->setData(Qt::AccessibleTextRole,
                      count > 0 ? tr("%1: %2 need attention").arg(title).arg(count) : title);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(shown).arg(i + 1));
        updateSideBarMetrics();
        return;
    }
}

HistoryPage *MainWindow::historyPage()
{
    return qobject_cast<HistoryPage *>(page(u"history"_s));
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QString MainWindow::pageId(int index) const
{
    return index >= 0 && index < m_slots.size() ? m_slots[index]->id : QString();
}

QString MainWindow::currentPageId() const
{
    return pageId(currentPage());
}

void MainWindow::setCurrentPage(int index)
{
    m_sideBar->setCurrentRow(index);
}

bool MainWindow::showPage(const QString &id)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i]->id == id) {
            setCurrentPage(i);
            return true;
        }
    }
    return false;
}

void MainWindow::showPageAt(int index)
{
    if (index < 0 || index >= m_slots.size())
        return;
    page(m_slots[index]->id);
    m_pages->setCurrentIndex(index);
    updateUrgentSlot();
}

QMenu *MainWindow::menu(MenuId id) const
{
    switch (id) {
    case MenuId::File:
        return m_fileMenu;
    case MenuId::Edit:
        return m_editMenu;
    case MenuId::View:
        return m_viewMenu;
    case MenuId::Help:
        return m_helpMenu;
    }
    return nullptr;
}

void MainWindow::setFlagDays(const QSet<QDate> &days)
{
    m_flagDays = days;
    if (isPageBuilt(u"history"_s))
        historyPage()->setFlagDays(days);
}

void MainWindow::openDayInToday(QDate date, Author author)
{
    showPage(u"today"_s);
    if (author != m_today->author()) {
        if (!m_today->setAuthor(author))
            return;
        m_authorSwitch->setAuthor(author);
    }
    m_today->openDay(date);
}

void MainWindow::bringForward(QDate day)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (day.isValid())
        openDayInToday(day, m_today->author());
}

void MainWindow::onAuthorEdited()
{
    const Author wanted = m_authorSwitch->author();
    if (!m_today->setAuthor(wanted))
        m_authorSwitch->setAuthor(m_today->author()); // the user chose to stay with the unsaved entry
    updateTitle();
}

void MainWindow::followSettings()
{
    using Key = AppSettings::Key;
    m_settings.follow({Key::DayStartHour}, m_today,
                      [this] { m_today->setDayStartHour(m_settings.dayStartHour()); });
    m_settings.follow({Key::CaregiverName}, m_today,
                      [this] { m_today->setCaregiverName(m_settings.caregiverName()); });
    m_settings.follow({Key::ReminderEnabled, Key::ReminderTime, Key::DayStartHour}, m_reminder, [this] {
        m_reminder->configure(m_settings.reminderEnabled(), m_settings.reminderTime(),
                              m_settings.dayStartHour());
    });
    // The text size the window opens with is in place already (WindowLauncher): only changes.
    connect(&m_settings, &AppSettings::changed, this, [this](Key key) {
        if (key == Key::TextScale)
            followTextScale();
    });
}

void MainWindow::followTextScale()
{
    const QSize before = size();
    TextScale::apply(m_settings.textScalePercent());
    Theme::refreshRelativeFonts(this);
    updateSideBarMetrics();
    if (m_fittedOnce) // before the first show, showEvent fits the window
        fitToScreen(before);
}

void MainWindow::updateSideBarMetrics()
{
    // Every entry is a big target: a text line with room around it, at least 44 px high.
    const QFontMetrics metrics = m_sideBar->fontMetrics();
    const int iconSize = metrics.height() * 3 / 2;
    m_sideBar->setIconSize(QSize(iconSize, iconSize));
    int widest = 0;
    for (int i = 0; i < m_sideBar->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_sideBar->item(i)->data(kTitleRole).toString()));
    const int fullWidth = iconSize + widest + 3 * metrics.height();
    // Large text on a small screen: icons only, so the pages keep the width. The names stay in
    // the tooltips and for screen readers (AccessibleTextRole).
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1366;
    m_sideBarCollapsed = fullWidth > screenWidth * kSideBarShareOfScreen;
    const int itemWidth = m_sideBarCollapsed
                              ? std::max(Theme::targetSize(metrics) / 2, iconSize) + metrics.height()
                              : fullWidth;
    const int itemHeight =
        m_sideBarCollapsed ? std::max(44, iconSize + metrics.height() / 2) : Theme::targetSize(m_sideBar) + 8;
    for (int i = 0; i < m_sideBar->count(); ++i) {
        QListWidgetItem *item = m_sideBar->item(i);
        item->setText(m_sideBarCollapsed ? QString() : item->data(kTitleRole).toString());
        item->setSizeHint(QSize(itemWidth, itemHeight));
        const QIcon icon = item->data(kIconRole).value<QIcon>();
        const int count = item->data(kCountRole).toInt();
        item->setIcon(m_sideBarCollapsed && count > 0
                          ? withCountBadge(icon, count, iconSize, m_sideBar->font(), m_sideBar->palette())
                          : icon);
    }
    m_sideBar->setFixedWidth(itemWidth + 2 * m_sideBar->spacing() + 8);
}

void MainWindow::updateUrgentSlot()
{
    if (!m_urgentSlot)
        return;
    const bool todayWarns = currentPageId() == u"today"_s && !m_today->urgentBanner()->isHidden();
    m_urgentSlot->setVisible(!todayWarns);
}

void MainWindow::fitToScreen(QSize wanted)
{
    // The window never reaches past the screen, and gives back the width that larger text
    // took once the text is smaller again.
    const QScreen *screen = this->screen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frame;
    const QSize size = wanted.boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    if (size != this->size())
        resize(size);
    QRect frameRect = frameGeometry();
    if (!available.contains(frameRect)) {
        frameRect.moveRight(std::min(frameRect.right(), available.right()));
        frameRect.moveBottom(std::min(frameRect.bottom(), available.bottom()));
        frameRect.moveLeft(std::max(frameRect.left(), available.left()));
        frameRect.moveTop(std::max(frameRect.top(), available.top()));
        move(frameRect.topLeft());
    }
}

void MainWindow::changeTextScale(int steps)
{
    const int percent =
        AppSettings::textScaleStep(m_settings.textScalePercent() + steps * AppSettings::kTextScaleStep);
    m_settings.setTextScalePercent(percent); // followTextScale() does the rest
    statusBar()->showMessage(tr("Text size %1 %").arg(percent), 4000);
}

void MainWindow::updateStatus()
{
    const QString path = QDir::toNativeSeparators(m_store.database().path());
    const QString file = QFileInfo(path).fileName();
    m_status->setToolTip(path);
    const QDateTime saved = m_store.lastSavedAt();
    m_status->setText(saved.isValid()
                          ? tr("Diary: %1 — last saved %2")
                                .arg(file, QLocale().toString(saved.toLocalTime(), QLocale::ShortFormat))
                          : tr("Diary: %1 — nothing saved yet").arg(file));
}

void MainWindow::updateTitle()
{
    // The system adds " — NerveDiary" after the title: the title itself says what is special.
    const bool caregiver = m_today->author() == Author::Caregiver;
    QString title = m_demo ? (caregiver ? tr("Demo diary — caregiver entry") : tr("Demo diary"))
                           : (caregiver ? tr("Caregiver entry") : tr("Diary"));
    setWindowTitle(title + u"[*]"_s);
    setWindowModified(m_today->isDirty());
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    if (demo && !m_demoBanner) {
        auto *banner = new Banner;
        banner->setObjectName(u"demoBanner"_s);
        m_pageColumn->insertWidget(0, banner); // in the window before it shows, never as a window of its own
        banner->showMessage(Banner::Kind::Info, tr("This is a demo diary"),
                            tr("Its entries are made up, for trying NerveDiary. What you change here is "
                               "lost when you quit, unless you keep a copy."));
        connect(banner->addAction(tr("Keep a copy…"), u"demoKeepCopy"_s), &QPushButton::clicked, this,
                &MainWindow::keepCopyOfDemo);
        m_demoBanner = banner;
    }
    if (m_demoBanner)
        m_demoBanner->setVisible(demo);
    updateTitle();
}

bool MainWindow::keepCopyOfDemo()
{
    QString error;
    const QString path = DiaryFileActions::keepCopy(this, m_store.database(), &error);
    if (!error.isEmpty())
        MessageBox::warn(this, tr("Keep a copy"), error);
    if (path.isEmpty())
        return false;
    m_demoChanged = false;
    MessageBox::inform(this, tr("Keep a copy"),
                       tr("A copy of this diary is saved as %1. Open it with File → Open another diary.")
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::showKeyboardHelp()
{
    MessageBox::inform(
        this, tr("Keyboard help"),
        tr("Tab and Shift+Tab move between questions.\n"
           "Ratings: type the number (for 10, type 1 and then 0), or use the arrow keys; Delete clears.\n"
           "Word choices: type the number or the first letter; arrows move; Delete clears.\n"
           "Yes / No: Y or N; Delete goes back to \"Skip\".\n"
           "Numbers: type them, or use Up and Down.\n"
           "Body map: arrow keys move, Space marks or unmarks.\n"
           "Ctrl+S saves the day, Ctrl+Z undoes, Ctrl+L fills in from the last entry.\n"
           "Alt+Left and Alt+Right go to the day before or after.\n"
           "Ctrl+1 to Ctrl+6 open the pages; Ctrl++ and Ctrl+- change the text size."));
}

void MainWindow::restoreWindowState()
{
    // A roomy first size, but never larger than the screen (small laptops are common).
    QSize size(1180, 820);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    fitToScreen(this->size()); // a size saved on a larger screen, or with larger text
    const QString last = m_settings.lastPage();
    // History and Today are cheap to build; other pages open on request so start-up stays fast.
    if (last == u"history"_s)
        showPage(last);
    else
        setCurrentPage(0);
    if (currentPageId() == u"today"_s)
        m_today->focusFirstQuestion();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_store.profile(), m_store.database().path(), this);
    dialog.setReminderChannels(ReminderChannels::probe());
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.saveTo(m_settings);
    m_settings.sync();
    if (!(dialog.profile() == m_store.profile()) && !m_store.setProfile(dialog.profile()))
        MessageBox::warn(this, tr("Settings"),
                         tr("The names and the phone number were not saved: %1").arg(m_store.errorString()));
    m_today->setUrgentContacts(UrgentAdvice::contactsOf(m_store.profile()));
    switchDiary(dialog.fileAction());
}

void MainWindow::switchDiary(DiaryFileAction action)
{
    if (action == DiaryFileAction::None || !confirmClose())
        return;
    const QString current = m_store.database().path();
    QString error;
    const QString path = DiaryFileActions::choose(action, this, m_store.database(), &error);
    if (!error.isEmpty())
        MessageBox::warn(this, tr("Diary file"), error);
    if (!path.isEmpty())
        emit diarySwitchRequested(path, action == DiaryFileAction::Move ? current : QString());
}

bool MainWindow::confirmClose()
{
    return m_today->confirmLeave();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fittedOnce) {
        m_fittedOnce = true;
        fitToScreen(size()); // a restored size is applied only now
    }
}

bool MainWindow::event(QEvent *event)
{
    // Back in the window: what other programs wrote meanwhile (an import) shows at once.
    if (event->type() == QEvent::WindowActivate)
        m_editor->checkForOutsideChanges();
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    if (m_demo && m_demoChanged) {
        const MessageBox::Button answer =
            MessageBox::ask(this, QMessageBox::Question, tr("Keep a copy of the demo?"),
                            tr("This demo diary and what you changed in it go away when NerveDiary closes."),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                            tr("Keep a copy to open it again later."));
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !keepCopyOfDemo())) {
            event->ignore();
            return;
        }
    }
    m_today->flushDraft();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setLastPage(currentPageId());
    m_settings.sync();
    event->accept();
}

} // namespace nd
