#include "WindowLauncher.h"

#include "MainWindow.h"
#include "cli/CliSupport.h"
#include "demo/DemoDiary.h"
#include "diary/DraftStore.h"
#include "safety/WindowDiaryOpener.h"
#include "settings/AppSettings.h"
#include "settings/TextScale.h"
#include "storage/Database.h"
#include "storage/DiaryStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTemporaryDir>

#include <optional>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Fills a fresh demo diary in a private temporary folder: the user's own diary is never touched.
bool writeDemoDiary(DiaryStore &store)
{
    DemoOptions options;
    options.lastDay = Clock::system().today();
    const DemoDiary demo = generateDemoDiary(options);
    return store.inTransaction([&] {
        for (const Entry &entry : demo.entries) {
            if (!store.saveEntry(entry))
                return false;
        }
        for (const TreatmentEvent &event : demo.events) {
            if (store.addEvent(event) == 0)
                return false;
        }
        return store.setProfile(demo.profile);
    });
}

} // namespace

int runWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "WindowLauncher", "A private diary for nerve symptoms during cancer immunotherapy.\n"
                          "Commands: demo, import-csv, export-csv, set-baseline, check, backup "
                          "(nervediary COMMAND --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    CliSupport::addDbOption(parser);
    parser.addOption({u"demo"_s, QApplication::translate("WindowLauncher", "Open a generated demo diary.")});
    parser.process(arguments);

    std::optional<QTemporaryDir> demoFolder;
    QString path = CliSupport::diaryPath(parser);
    if (parser.isSet(u"demo"_s)) {
        demoFolder.emplace(QDir::temp().filePath(u"nervediary-demo-XXXXXX"_s));
        path = demoFolder->filePath(u"demo.sqlite"_s);
    }

    Database db;
    // Data safety (docs/data-safety.md): one window per diary, backups, the damaged-file choice.
    WindowDiaryOpener opener(path, Clock::system());
    if (!opener.open(db)) {
        if (!opener.errorString().isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("WindowLauncher", "NerveDiary"),
                                  opener.errorString());
        return 3;
    }
    DiaryStore store(db);
    if (demoFolder && !writeDemoDiary(store)) {
        QMessageBox::critical(nullptr, QApplication::translate("WindowLauncher", "NerveDiary"),
                              store.lastError().message);
        return 3;
    }

    AppSettings settings;
    TextScale::apply(settings.textScalePercent());
    // A demo diary keeps its drafts beside it, so they vanish with it.
    const DraftStore drafts(path, demoFolder ? demoFolder->filePath(u"drafts"_s) : QString());
    MainWindow window(store, settings, drafts, Clock::system());
    window.show();
    return QApplication::exec();
}

} // namespace nd
