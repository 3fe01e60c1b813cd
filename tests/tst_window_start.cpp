// How the window starts fast without giving up a data-safety promise: the integrity
// check runs beside the window's construction (reads go ahead, no write begins before
// the check passed, a damaged file is still never written and still gets the user's
// choice), the day's backup is made after the first frame on a worker, and what is not
// on screen at first (menu icons, the date popup's calendar, the form's lower sections)
// is made or laid out when first wanted.
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include "config/AppSettings.h"
#include "diary/DraftStore.h"
#include "pages/EntryForm.h"
#include "safety/DailyBackup.h"
#include "safety/WindowDiaryOpener.h"
#include "storage/BackupManager.h"
#include "util/Clock.h"
#include "widgets/BigButton.h"
#include "widgets/CollapsibleSection.h"
#include "widgets/DayPicker.h"
#include "widgets/Icons.h"

#include <QCalendarWidget>
#include <QMainWindow>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kMorning(QDate(2026, 3, 10), QTime(9, 0));

// A diary with entries, closed, whose entry table is then scribbled over.
void makeDamagedDiary(TempDiary &diary)
{
    QVERIFY(diary.open());
    QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 1, 1), 40));
    diary.close();
    QVERIFY(scribble(diary.path(), tableRootOffset(diary.path(), "entry"), 512));
}

int dailyBackups(const QString &diaryPath)
{
    int count = 0;
    for (const BackupInfo &backup : BackupManager(diaryPath).list())
        if (backup.reason == BackupInfo::Reason::Daily && backup.usable)
            ++count;
    return count;
}

} // namespace

class TestWindowStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void aConcurrentCheckLetsReadsThroughAndWritesWaitForIt()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 3, 1), 20));
        diary.close();

        Database db;
        QVERIFY(db.open(diary.path(), Database::OpenMode::CreateIfMissing, Database::Check::Concurrently));
        QVERIFY(db.isCheckPending());
        DiaryStore store(db);
        QCOMPARE(store.entryCount(), 20); // reading does not wait
        QVERIFY(store.saveEntry(fullEntry(QDate(2026, 3, 25), Author::Patient)));
        QVERIFY(!db.isCheckPending()); // the save waited for the verdict
        QVERIFY(db.waitForCheck());
        QCOMPARE(store.entryCount(), 21);
    }

    void aDamagedFileFoundByTheConcurrentCheckIsNeverWritten()
    {
        TempDiary diary;
        makeDamagedDiary(diary);
        const QByteArray damaged = fileBytes(diary.path());

        Database db;
        if (!db.open(diary.path(), Database::OpenMode::CreateIfMissing, Database::Check::Concurrently)) {
            QCOMPARE(db.error().kind, DbErrorKind::Corrupt); // found before returning: as safe
        } else {
            DiaryStore store(db);
            QVERIFY(!store.saveEntry(fullEntry(QDate(2026, 4, 1), Author::Patient)));
            QCOMPARE(store.error().kind, DbErrorKind::Corrupt);
            QVERIFY(!db.waitForCheck());
            QVERIFY(db.errorString().contains(u"damaged"_s));
            QVERIFY(!store.setBaseline({QDate(2026, 1, 1), QDate(2026, 1, 7)}));
            db.close();
        }
        QCOMPARE(fileBytes(diary.path()), damaged);
    }

    void aFormatUpdateIsNeverLeftToAConcurrentCheck()
    {
        // A new diary gets its tables (a write) at once: the check runs before open() returns.
        TempDiary diary;
        Database db;
        QVERIFY(db.open(diary.path(), Database::OpenMode::CreateIfMissing, Database::Check::Concurrently));
        QVERIFY(!db.isCheckPending());
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    }

    void theWindowOpenerAsksAboutADamagedDiaryBeforeAnythingIsShown_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("starts");
        QTest::newRow("bringing back the backup starts the window on it")
            << int(DamagedDiaryDialog::Choice::RestoreBackup) << true;
        QTest::newRow("read-only starts the window without writing")
            << int(DamagedDiaryDialog::Choice::OpenReadOnly) << true;
        QTest::newRow("quitting starts nothing") << int(DamagedDiaryDialog::Choice::Quit) << false;
    }

    void theWindowOpenerAsksAboutADamagedDiaryBeforeAnythingIsShown()
    {
        QFETCH(int, choice);
        QFETCH(bool, starts);
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 1, 1), 30));
        FixedClock clock(kMorning);
        QVERIFY(!BackupManager(diary.path(), clock).backUp(diary.db()).isEmpty());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 2, 1), 10));
        diary.close();
        QVERIFY(scribble(diary.path(), tableRootOffset(diary.path(), "entry"), 512));
        const QByteArray damaged = fileBytes(diary.path());

        clock.advanceDays(1);
        WindowDiaryOpener opener(diary.path(), clock);
        int asked = 0;
        opener.setChooser([&](const std::optional<BackupInfo> &newestGood) {
            ++asked;
            return newestGood ? DamagedDiaryDialog::Choice(choice) : DamagedDiaryDialog::Choice::Quit;
        });
        Database db;
        bool opened = opener.openForWindow(db);
        bool recovered = false;
        if (opened && asked == 0) // the damage was left to the concurrent check
            opened = opener.confirmIntact(db, &recovered);
        else
            recovered = asked > 0;
        QCOMPARE(asked, 1);
        QCOMPARE(opened, starts);
        if (starts)
            QVERIFY(recovered); // the caller builds its window again from what was opened
        if (choice == int(DamagedDiaryDialog::Choice::RestoreBackup)) {
            QCOMPARE(DiaryStore(db).entryCount(), 30);
        } else {
            db.close();
            QCOMPARE(fileBytes(diary.path()), damaged);
        }
    }

    void openingForTheWindowLeavesTheDailyBackupUntilTheFirstFrame()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 3, 1), 5));
        diary.close();
        FixedClock clock(kMorning);

        WindowDiaryOpener opener(diary.path(), clock);
        Database db;
        QVERIFY(opener.openForWindow(db));
        bool recovered = true;
        QVERIFY(opener.confirmIntact(db, &recovered));
        QVERIFY(!recovered);
        QCOMPARE(dailyBackups(diary.path()), 0); // not on the way to the first frame

        QMainWindow window;
        window.resize(400, 300);
        DailyBackup daily(diary.path(), clock);
        daily.startAfterFirstPaint(&window);
        QVERIFY(!daily.isStarted());
        window.show();
        QTRY_VERIFY(daily.isStarted());
        QTRY_VERIFY(daily.isFinished());
        QCOMPARE(dailyBackups(diary.path()), 1);

        // Once a day: the next start finds today's copy and makes none.
        DailyBackup again(diary.path(), clock);
        again.start();
        QTRY_VERIFY(again.isFinished());
        QCOMPARE(dailyBackups(diary.path()), 1);
    }

    void theWindowProgramStillMakesTheDailyBackup()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 3, 1), 5));
        diary.close();
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"NERVEDIARY_REPORT_FIRST_PAINT"_s, u"1"_s); // quits after the first frame
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(qEnvironmentVariable("NERVEDIARY_BINARY"), {u"--db"_s, diary.path()});
        QVERIFY(window.waitForFinished(60000));
        QCOMPARE(window.exitCode(), 0);
        QVERIFY(window.readAllStandardOutput().contains("first-paint"));
        // Made after the first frame, and finished before the program ended.
        QCOMPARE(dailyBackups(diary.path()), 1);
    }

    void aDraftBelongsToItsDiaryNotToItsPath()
    {
        // A draft left behind by a diary that was deleted must not fill a new diary created
        // under the same name; the draft of a diary that is still there is kept.
        QTemporaryDir home;
        const QString drafts = home.filePath(u"data/NerveDiary/NerveDiary/drafts"_s);
        const QString deleted = home.filePath(u"deleted.sqlite"_s);
        const QString kept = home.filePath(u"kept.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(kept));
        }
        DraftStore staleDraft(deleted, drafts);
        DraftStore keptDraft(kept, drafts);
        // Dated by the diary day the window opens on: between midnight and the day's start
        // (4:00) that is still yesterday, and a draft of a later day would not be restored.
        const QDate openDay = Clock::system().diaryDay(AppSettings::kDefaultDayStartHour);
        QVERIFY(staleDraft.save(fullEntry(openDay, Author::Patient, 3)));
        QVERIFY(keptDraft.save(fullEntry(openDay, Author::Patient, 4)));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"NERVEDIARY_REPORT_FIRST_PAINT"_s, u"1"_s); // quits after the first frame
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        for (const QString &diary : {deleted, kept}) {
            QProcess window;
            window.setProcessEnvironment(env);
            window.start(qEnvironmentVariable("NERVEDIARY_BINARY"), {u"--db"_s, diary});
            QVERIFY(window.waitForFinished(60000));
            QCOMPARE(window.exitCode(), 0);
        }
        QVERIFY(QFile::exists(deleted)); // the new diary was made...
        QVERIFY(!staleDraft.load());     // ...without the old draft
        QVERIFY(keptDraft.load());
    }

    void iconsAreDrawnAtTheSizeAskedForWhenFirstAsked()
    {
        const QIcon icon = Icons::icon(u"save"_s, Qt::black);
        QVERIFY(!icon.isNull());
        const QPixmap normal = icon.pixmap(QSize(28, 28));
        QCOMPARE(normal.size(), QSize(28, 28));
        const QImage image = normal.toImage();
        bool inked = false;
        for (int y = 0; y < image.height() && !inked; ++y)
            for (int x = 0; x < image.width() && !inked; ++x)
                inked = qAlpha(image.pixel(x, y)) > 0;
        QVERIFY(inked);
        QCOMPARE(icon.pixmap(QSize(24, 24), QIcon::Disabled).size(), QSize(24, 24));
        QVERIFY(Icons::icon(u"no-such-icon"_s, Qt::black).isNull());
    }

    void theFormsLowerSectionsFollowItsFirstFrame()
    {
        EntryForm form;
        form.resize(900, 700);
        QVERIFY(!form.lowerSectionsShown());
        QVERIFY(!form.section(EntryForm::Section::Note)->isVisibleTo(&form));
        QVERIFY(form.section(EntryForm::Section::Feelings)->isVisibleTo(&form));
        form.show();
        QTRY_VERIFY(form.lowerSectionsShown());
        for (int i = 0; i < EntryForm::kSectionCount; ++i)
            QVERIFY(form.section(EntryForm::Section(i))->isVisible());
    }

    void tabbingOnFromTheFirstSectionNeverWaitsForTheRest()
    {
        EntryForm form;
        form.showLowerSections(); // idempotent
        QVERIFY(form.lowerSectionsShown());
        EntryForm keyboard;
        keyboard.show();
        keyboard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&keyboard));
        // Tab handling reveals them at once, whether or not the event loop has run since.
        keyboard.control(Field::WeaknessFeet)->setFocus();
        QTest::keyClick(keyboard.control(Field::WeaknessFeet), Qt::Key_Tab);
        QVERIFY(keyboard.lowerSectionsShown());
    }

    void theDayPickersCalendarIsMadeWhenItsMenuOpens()
    {
        DayPicker picker;
        picker.setMaximumDate(QDate(2026, 3, 10));
        picker.setDate(QDate(2026, 3, 4));
        QVERIFY(!picker.findChild<QCalendarWidget *>());
        QMenu *menu = picker.findChild<BigButton *>(u"chooseDay"_s)->menu();
        QVERIFY(menu);
        emit menu->aboutToShow();
        QCalendarWidget *calendar = picker.findChild<QCalendarWidget *>(u"dayCalendar"_s);
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2026, 3, 4));
        QCOMPARE(calendar->maximumDate(), QDate(2026, 3, 10));
        QCOMPARE(picker.calendar(), calendar);
    }
};

QTEST_MAIN(TestWindowStart)
#include "tst_window_start.moc"
