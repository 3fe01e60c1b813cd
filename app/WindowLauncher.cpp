#include "WindowLauncher.h"

#include "FontWarmUp.h"
#include "MainWindow.h"
#include "WindowHost.h"
#include "cli/CliSupport.h"
#include "config/AppSettings.h"
#include "demo/DemoDiary.h"
#include "dialogs/MessageBox.h"
#include "diary/DraftStore.h"
#include "i18n/Translator.h"
#include "reminder/ReminderInstaller.h"
#include "reminder/WindowService.h"
#include "safety/BackupsAction.h"
#include "safety/DailyBackup.h"
#include "safety/WindowDiaryOpener.h"
#include "settings/FirstRunDialog.h"
#include "settings/TextScale.h"
#include "storage/Database.h"
#include "storage/DiaryStore.h"
#include "util/Clock.h"
#include "widgets/TargetStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <optional>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Fills a fresh demo diary in a private temporary folder: the user's own diary is never touched.
bool writeDemoEndingToday(DiaryStore &store)
{
    DemoOptions options;
    options.lastDay = Clock::system().today();
    const DemoDiary demo = generateDemoDiary(options);
    return writeDemoDiary(store, demo);
}

// The timer or autostart entry that reminds with the window closed follows the setting
// (docs/reminders.md); a failure is told in the status line, the window's reminder still works.
void applyReminderSetting(const AppSettings &settings, MainWindow &window)
{
    ReminderInstaller installer(ReminderInstaller::sessionEnvironment());
    const bool ok =
        settings.reminderEnabled() ? installer.install(settings.reminderTime()) : installer.remove();
    if (!ok)
        window.statusBar()->showMessage(installer.errorString(), 20 * 1000);
}

// After a window closed: the diary the user chose to open next, if any.
struct NextDiary
{
    QString path;
    QString oldFileToRemove; // set after "Move this diary"
};

// The window cannot open: says why (when there is something to say); the exit status.
int failed(const QString &message)
{
    if (!message.isEmpty())
        QMessageBox::critical(nullptr, QApplication::translate("WindowLauncher", "NerveDiary"), message);
    return 3;
}

// Before the window opens: a demo diary is filled, and what the first-run questions gave goes
// into the diary, where the report and the CLI see it (a failure there is only told).
bool fillDiary(DiaryStore &store, bool demo, const std::optional<DiaryProfile> &newProfile)
{
    if (demo && !writeDemoEndingToday(store)) {
        failed(store.errorString());
        return false;
    }
    if (newProfile && !store.setProfile(*newProfile))
        MessageBox::warn(nullptr, QApplication::translate("WindowLauncher", "NerveDiary"),
                         store.errorString());
    return true;
}

// Connects one window (a new one is built after each change of language) to its session.
void setUpWindow(MainWindow &window, Database &db, bool demo, NextDiary *next)
{
    QObject::connect(&window, &MainWindow::diarySwitchRequested, &window,
                     [&window, next](const QString &chosen, const QString &oldFile) {
                         next->path = chosen;
                         next->oldFileToRemove = oldFile;
                         window.close();
                     });
    installBackupsAction(window.menu(MainWindow::MenuId::File), window, window.editor(), db,
                         Clock::system()); // data safety: File → Backups…
    window.setDemo(demo);
}

// Builds the window while the integrity check runs on a worker (writes wait for it). Nothing
// is shown before the check's verdict: a damaged file gets the user's choice, and the window
// is built again from what that choice opened. False when no diary could be opened.
bool buildWindow(std::optional<WindowHost> &host, WindowDiaryOpener &opener, Database &db,
                 const std::function<void()> &build)
{
    FontWarmUp::finish(); // the window measures text from here on
    build();
    bool recovered = false;
    if (!opener.confirmIntact(db, &recovered)) {
        host.reset();
        failed(opener.errorString());
        return false;
    }
    if (recovered) {
        host.reset();
        build();
    }
    return true;
}

// The timer or autostart entry that reminds with the window closed follows the reminder
// setting: brought up to date at start (e.g. the program moved) and after each change, once
// for a Save that changed both the switch and the time.
void followReminderSetting(QTimer &install, AppSettings &settings, WindowHost &host)
{
    install.setSingleShot(true);
    QObject::connect(&install, &QTimer::timeout, &host,
                     [&settings, &host] { applyReminderSetting(settings, *host.window()); });
    QObject::connect(&settings, &AppSettings::changed, &install, [&install](AppSettings::Key key) {
        if (key == AppSettings::Key::ReminderEnabled || key == AppSettings::Key::ReminderTime)
            install.start(0);
    });
    if (settings.reminderEnabled())
        install.start(0);
}

// One diary and its window, until the window closes. Returns the exit status.
int runSession(QString path, bool demo, AppSettings &settings, const std::optional<DiaryProfile> &newProfile,
               bool firstRun, QDate openDay, NextDiary *next)
{
    std::optional<QTemporaryDir> demoFolder;
    if (demo) {
        demoFolder.emplace(QDir::temp().filePath(u"nervediary-demo-XXXXXX"_s));
        path = demoFolder->filePath(u"demo.sqlite"_s);
    }
    // Drafts are filed under the diary's path: one left by a diary that was deleted or moved
    // away must not turn up in a new diary created at the same place.
    const bool newFile = !demo && !QFileInfo::exists(path);
    Database db;
    // Data safety (docs/data-safety.md): one window per diary, backups, the damaged-file choice.
    WindowDiaryOpener opener(path, Clock::system());
    if (!opener.openForWindow(db))
        return failed(opener.errorString());
    DiaryStore store(db);
    if (!fillDiary(store, demo, newProfile))
        return 3;
    // A demo diary keeps its drafts beside it, so they vanish with it.
    DraftStore drafts(path, demoFolder ? demoFolder->filePath(u"drafts"_s) : QString());
    if (newFile)
        drafts.discard();
    std::optional<WindowHost> host;
    const auto build = [&] {
        host.emplace(store, settings, drafts, Clock::system(),
                     [&db, demo, next](MainWindow &window) { setUpWindow(window, db, demo, next); });
    };
    if (!buildWindow(host, opener, db, build))
        return 3;

    // The day's backup once the window has painted, on a worker with its own connection.
    DailyBackup dailyBackup(db.path(), Clock::system());
    QObject::connect(&dailyBackup, &DailyBackup::finished, &*host, [&host](const QString &warning) {
        if (!warning.isEmpty())
            host->window()->statusBar()->showMessage(warning);
    });
    if (!db.isReadOnly())
        dailyBackup.startAfterFirstPaint(host->window());
    host->window()->show();
    if (openDay.isValid())
        host->window()->bringForward(openDay);
    // One window per diary: a second launch or the reminder's "Log today" finds this one.
    std::optional<WindowService> service;
    if (!demo) {
        service.emplace(db.path(), [&host](QDate day) { host->window()->bringForward(day); });
        service->registerOnBus();
    }
    QTimer reminderInstall;
    followReminderSetting(reminderInstall, settings, *host);
    if (firstRun) // once: what the app is and is not, before the first entry
        host->window()->showFirstRunNote();
    return QApplication::exec();
}

// Removes a diary that was moved (its copy is open now), with SQLite's side files and its draft.
void removeMovedDiary(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    DraftStore(path).discard();
}

} // namespace

int runWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "WindowLauncher", "A private diary for nerve symptoms during cancer immunotherapy.\n"
                          "Commands: demo, import-csv, export-csv, set-baseline, flags, grades, export-pdf, "
                          "export-fhir, check, "
                          "backup (nervediary COMMAND --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    CliSupport::addDbOption(parser);
    parser.addOption({u"demo"_s, QApplication::translate("WindowLauncher", "Open a generated demo diary.")});
    parser.addOption(
        {u"open-day"_s,
         QApplication::translate("WindowLauncher", "Open the Today page on this day (YYYY-MM-DD)."),
         u"DATE"_s});
    parser.process(arguments);
    QDate openDay = QDate::fromString(parser.value(u"open-day"_s), Qt::ISODate);

    AppSettings settings;
    TargetStyle::install(); // check boxes and radio buttons as big as every other target
    TextScale::apply(settings.textScalePercent());
    Translator::applySetting(settings.language()); // before the first window or question

    bool demo = parser.isSet(u"demo"_s);
    const bool namedDiary = parser.isSet(u"db"_s);
    QString path =
        namedDiary ? CliSupport::diaryPath(parser)
                   : (settings.diaryPath().isEmpty() ? CliSupport::defaultDiaryPath() : settings.diaryPath());

    // The diary is open in a window already: that window comes forward instead.
    if (!demo && QFileInfo::exists(path) && WindowService::askRunningWindow(path, openDay))
        return 0;

    // First run: only when the window would create the user's own diary.
    std::optional<DiaryProfile> newProfile;
    bool firstRun = false;
    if (!demo && !namedDiary && !QFileInfo::exists(path)) {
        firstRun = true;
        FontWarmUp::finish();
        FirstRunDialog dialog;
        dialog.exec();
        switch (dialog.choice()) {
        case FirstRunDialog::Choice::Quit:
            return 0;
        case FirstRunDialog::Choice::OpenDemo:
            demo = true;
            break;
        case FirstRunDialog::Choice::StartDiary:
            newProfile = dialog.profile();
            settings.setDayStartHour(dialog.dayStartHour());
            settings.sync();
            break;
        }
    }

    for (;;) {
        NextDiary next;
        const int status = runSession(path, demo, settings, newProfile, firstRun, openDay, &next);
        firstRun = false;
        if (next.path.isEmpty())
            return status;
        if (!next.oldFileToRemove.isEmpty())
            removeMovedDiary(next.oldFileToRemove);
        path = next.path;
        demo = false;
        newProfile.reset();
        openDay = {};
        settings.setDiaryPath(path);
        settings.sync();
    }
}

} // namespace nd
