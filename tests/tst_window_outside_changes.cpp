// The window notices changes made by other programs (issue 14 item 3): with the window open
// on a day, `nervediary import-csv --on-conflict replace` of that day shows up when the window
// is activated and before a save; when the user was editing that day, saving asks first (both
// versions shown), and what they typed is kept as a draft. Also: the status line says once that
// the diary's files were made private (item 8).
#include "CliRunner.h"
#include "FixedClock.h"
#include "MainWindow.h"
#include "TempDiary.h"
#include "config/AppSettings.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "diary/DraftStore.h"
#include "export/FhirExportAction.h"
#include "pages/EntryForm.h"
#include "pages/ReportPage.h"
#include "pages/TodayPage.h"
#include "widgets/Banner.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <sys/stat.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

class TestWindowOutsideChanges : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 3, 12), QTime(20, 30))};
    std::unique_ptr<TempDiary> m_diary;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;

    TodayPage *today() const { return m_window->todayPage(); }

    void openWindow()
    {
        m_settings = std::make_unique<AppSettings>(m_diary->filePath(u"settings.ini"_s));
        m_drafts = std::make_unique<DraftStore>(m_diary->path(), m_diary->filePath(u"drafts"_s));
        m_window = std::make_unique<MainWindow>(m_diary->store(), *m_settings, *m_drafts, m_clock);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The command line replaces the entry for 2026-03-12 while the window is open.
    void importElsewhere(int numbness, const QString &note)
    {
        const QString csv = m_diary->filePath(u"other.csv"_s);
        QVERIFY(writeFile(csv, "date,author,numbness_hands,note\n2026-03-12,patient," +
                                   QByteArray::number(numbness) + "," + note.toUtf8() + "\n"));
        const CliResult result =
            runCli({u"import-csv"_s, u"--db"_s, m_diary->path(), csv, u"--on-conflict"_s, u"replace"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    }

    static void activate(QWidget *window)
    {
        QEvent activation(QEvent::WindowActivate);
        QCoreApplication::sendEvent(window, &activation);
    }

    std::optional<Entry> stored() { return m_diary->store().entry(QDate(2026, 3, 12), Author::Patient); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setNeverBlock(true);
    }

    void init()
    {
        m_diary = std::make_unique<TempDiary>();
        QVERIFY(m_diary->open());
        Entry mine(QDate(2026, 3, 12), Author::Patient);
        mine.setValue(Field::NumbnessHands, 2);
        mine.setNote(u"morning"_s);
        QVERIFY(m_diary->store().saveEntry(mine));
        QTest::qWait(5); // the window's own save and the import below are different moments
        MessageBox::setNextAnswers({});
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Discard));
        m_window.reset();
        m_drafts.reset();
        m_settings.reset();
        m_diary.reset();
    }

    void anUnchangedDayShowsWhatTheOtherProgramWrote()
    {
        openWindow();
        QCOMPARE(today()->date(), QDate(2026, 3, 12));
        QCOMPARE(today()->currentEntry().value(Field::NumbnessHands), std::optional<int>(2));
        importElsewhere(7, u"from the import"_s);
        activate(m_window.get());
        QCOMPARE(today()->currentEntry().value(Field::NumbnessHands), std::optional<int>(7));
        QCOMPARE(today()->currentEntry().note(), u"from the import"_s);
        QVERIFY(!today()->isDirty());
        QVERIFY(today()->messageBanner()->isVisibleTo(m_window.get()));
        QCOMPARE(MessageBox::askedCount(), 0);
    }

    void savingOverAChangedDayAsksAndCancelKeepsBoth()
    {
        openWindow();
        today()->form()->setEntry([] {
            Entry typed(QDate(2026, 3, 12), Author::Patient);
            typed.setValue(Field::NumbnessHands, 4);
            typed.setNote(u"typed in the window"_s);
            return typed;
        }());
        QVERIFY(today()->isDirty());
        importElsewhere(7, u"from the import"_s);
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Cancel));
        QVERIFY(!today()->save());
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        // Both versions were shown.
        QVERIFY2(MessageBox::lastText().contains(u"another program"_s), qPrintable(MessageBox::lastText()));
        QCOMPARE(stored()->note(), u"from the import"_s); // nothing overwritten
        QCOMPARE(today()->currentEntry().note(), u"typed in the window"_s);
        QCOMPARE(m_drafts->load()->note(), u"typed in the window"_s); // kept as a draft
    }

    void savingOverAChangedDayReplacesOnlyWhenTheUserSaysSo()
    {
        openWindow();
        Entry typed(QDate(2026, 3, 12), Author::Patient);
        typed.setValue(Field::NumbnessHands, 4);
        typed.setNote(u"typed in the window"_s);
        today()->form()->setEntry(typed);
        importElsewhere(7, u"from the import"_s);
        activate(m_window.get()); // noticed on activation: the typing stays, a banner warns
        QCOMPARE(today()->currentEntry().note(), u"typed in the window"_s);
        QVERIFY(today()->messageBanner()->isVisibleTo(m_window.get()));
        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Save));
        QVERIFY(today()->save());
        QCOMPARE(stored()->note(), u"typed in the window"_s);
        QCOMPARE(stored()->value(Field::NumbnessHands), std::optional<int>(4));
    }

    void discardShowsTheOtherProgramsEntry()
    {
        openWindow();
        Entry typed(QDate(2026, 3, 12), Author::Patient);
        typed.setNote(u"typed in the window"_s);
        today()->form()->setEntry(typed);
        importElsewhere(7, u"from the import"_s);
        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Discard));
        QVERIFY(!today()->save());
        QCOMPARE(stored()->note(), u"from the import"_s);
        QCOMPARE(today()->currentEntry().note(), u"from the import"_s);
        QVERIFY(!today()->isDirty());
    }

    void aSaveWithNoChangeElsewhereDoesNotAsk()
    {
        openWindow();
        Entry typed(QDate(2026, 3, 12), Author::Patient);
        typed.setValue(Field::NumbnessHands, 5);
        today()->form()->setEntry(typed);
        const int asked = MessageBox::askedCount();
        QVERIFY(today()->save());
        QCOMPARE(MessageBox::askedCount(), asked);
        QCOMPARE(stored()->value(Field::NumbnessHands), std::optional<int>(5));
        // The window's own save is not mistaken for another program's.
        activate(m_window.get());
        QCOMPARE(today()->currentEntry().value(Field::NumbnessHands), std::optional<int>(5));
        QCOMPARE(MessageBox::askedCount(), asked);
    }

    // Item 1 in the window: the Save dialogs refuse the diary, its side files and backups with
    // the same check as the command line.
    void saveDialogsRefuseTheDiaryAndItsFiles_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("the diary itself") << QString();
        QTest::newRow("its -wal, not there yet") << u"-wal"_s;
        QTest::newRow("its lock file") << u".lock"_s;
    }

    void saveDialogsRefuseTheDiaryAndItsFiles()
    {
        QFETCH(QString, suffix);
        const QString target = m_diary->path() + suffix;
        const FileState diaryBefore = FileState::of(m_diary->path());
        const FileState targetBefore = FileState::of(target);

        QWidget window;
        FhirExportAction exporter(m_diary->store(), &window);
        QSignalSpy fhirDone(&exporter, &FhirExportAction::finished);
        FileDialog::setNextFileName(target);
        exporter.action()->trigger();
        QTRY_COMPARE(fhirDone.count(), 1);
        QVERIFY(!fhirDone[0][0].toBool());
        QVERIFY2(fhirDone[0][1].toString().contains(u"diary itself"_s),
                 qPrintable(fhirDone[0][1].toString()));

        ReportPage report(m_diary->store(), m_clock);
        QSignalSpy reportDone(&report, &ReportPage::exportFinished);
        report.savePdfTo(target);
        QTRY_COMPARE(reportDone.count(), 1);
        QVERIFY(!reportDone[0][0].toBool());
        QVERIFY2(reportDone[0][1].toString().contains(u"diary itself"_s),
                 qPrintable(reportDone[0][1].toString()));

        QVERIFY(FileState::of(m_diary->path()) == diaryBefore);
        QVERIFY(FileState::of(target) == targetBefore);
        QCOMPARE(m_diary->store().entryCount(), 1);
    }

    void theStatusLineSaysOnceThatTheFilesWereMadePrivate()
    {
        m_diary->close();
        QVERIFY(::chmod(QFile::encodeName(m_diary->path()).constData(), 0644) == 0);
        QVERIFY(m_diary->open());
        openWindow();
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"private"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(fileMode(m_diary->path()), 0600);
        m_window.reset();
        openWindow(); // the same open diary, a new window (e.g. after a language change)
        QVERIFY(!m_window->statusBar()->currentMessage().contains(u"private"_s));
    }
};

QTEST_MAIN(TestWindowOutsideChanges)
#include "tst_window_outside_changes.moc"
