// The window's side of data safety: the backups dialog (list, make one now, restore after
// confirmation, keeping the current diary first) and the guarded open at window start
// (one window per diary, damaged file -> newest good backup or read-only, never written).
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include "safety/BackupsDialog.h"
#include "safety/WindowDiaryOpener.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kMorning(QDate(2026, 3, 10), QTime(9, 0));

} // namespace

class TestBackupDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void listsBackupsAndMakesOneNow()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 3, 1), 4));
        FixedClock clock(kMorning);
        BackupsDialog dialog(diary.db(), clock);
        QCOMPARE(dialog.backups().size(), 0);
        auto *makeNow = dialog.findChild<QPushButton *>(u"backUpNowButton"_s);
        auto *restore = dialog.findChild<QPushButton *>(u"restoreButton"_s);
        auto *list = dialog.findChild<QTableWidget *>(u"backupList"_s);
        QVERIFY(makeNow && restore && list);
        for (QWidget *control : {static_cast<QWidget *>(makeNow), static_cast<QWidget *>(restore)}) {
            QVERIFY(control->minimumHeight() >= 44);
            QVERIFY(!control->accessibleName().isEmpty());
            QVERIFY(control->focusPolicy() & Qt::TabFocus);
        }
        QVERIFY(!list->accessibleName().isEmpty());
        QVERIFY(!restore->isEnabled());

        QTest::mouseClick(makeNow, Qt::LeftButton);
        QCOMPARE(dialog.backups().size(), 1);
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 1)->text(), u"4"_s);
        QVERIFY(list->item(0, 0)->text().contains(u"2026"_s));
        QVERIFY(restore->isEnabled());
        QCOMPARE(dialog.statusText(), u"A backup was made."_s);
    }

    void restoresAfterConfirmationKeepingTheCurrentDiary()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 3, 1), 2));
        FixedClock clock(kMorning);
        BackupsDialog dialog(diary.db(), clock);
        dialog.backUpNow();
        clock.advanceDays(1);
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 3, 3), 5));
        QCOMPARE(diary.store().entryCount(), 7);

        QString asked;
        bool answer = false;
        dialog.setConfirm([&](QWidget *, const QString &question) {
            asked = question;
            return answer;
        });
        QSignalSpy restored(&dialog, &BackupsDialog::diaryRestored);
        dialog.selectBackup(0);
        dialog.restoreSelected(); // the user says no
        QVERIFY(asked.contains(u"2 entries"_s));
        QVERIFY(asked.contains(u"kept as a backup first"_s));
        QCOMPARE(diary.store().entryCount(), 7);
        QCOMPARE(restored.count(), 0);

        answer = true;
        auto *list = dialog.findChild<QTableWidget *>(u"backupList"_s);
        list->setFocus();
        dialog.selectBackup(0);
        QTest::keyClick(list, Qt::Key_Return); // keyboard: Enter restores the chosen row
        QCOMPARE(restored.count(), 1);
        QCOMPARE(diary.store().entryCount(), 2);
        QCOMPARE(dialog.backups().size(), 2);
        QCOMPARE(dialog.backups()[0].reason, BackupInfo::Reason::BeforeRestore);
        QCOMPARE(dialog.backups()[0].entryCount, 7);
    }

    void aSecondWindowIsRefused()
    {
        TempDiary diary;
        FixedClock clock(kMorning);
        WindowDiaryOpener first(diary.path(), clock);
        Database db1;
        QVERIFY(first.open(db1));
        WindowDiaryOpener second(diary.path(), clock);
        Database db2;
        QVERIFY(!second.open(db2));
        QVERIFY(second.errorString().contains(u"already open"_s));
        QVERIFY(!db2.isOpen());
    }

    void aDamagedDiaryOffersTheNewestGoodBackup_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<int>("entries");
        QTest::newRow("bringing back the backup gives its entries")
            << int(DamagedDiaryDialog::Choice::RestoreBackup) << true << false << 30;
        QTest::newRow("read-only opens the damaged file without writing")
            << int(DamagedDiaryDialog::Choice::OpenReadOnly) << true << true << -1;
        QTest::newRow("quitting leaves everything as it was")
            << int(DamagedDiaryDialog::Choice::Quit) << false << false << -1;
    }

    void aDamagedDiaryOffersTheNewestGoodBackup()
    {
        QFETCH(int, choice);
        QFETCH(bool, opens);
        QFETCH(bool, readOnly);
        QFETCH(int, entries);
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 1, 1), 30));
        FixedClock clock(kMorning);
        BackupManager backups(diary.path(), clock);
        QVERIFY(!backups.backUp(diary.db()).isEmpty());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 2, 1), 10));
        diary.close();
        QVERIFY(scribble(diary.path(), tableRootOffset(diary.path(), "entry"), 512));
        const QByteArray damaged = fileBytes(diary.path());

        clock.advanceDays(1);
        WindowDiaryOpener opener(diary.path(), clock);
        std::optional<BackupInfo> offered;
        opener.setChooser([&](const std::optional<BackupInfo> &newestGood) {
            offered = newestGood;
            return DamagedDiaryDialog::Choice(choice);
        });
        Database db;
        QCOMPARE(opener.open(db), opens);
        QVERIFY(offered.has_value());
        QCOMPARE(offered->entryCount, 30);
        QCOMPARE(opener.openedReadOnly(), readOnly);
        if (!opens)
            QVERIFY(opener.errorString().isEmpty()); // the user chose to quit: no second message
        if (entries >= 0) {
            QCOMPARE(DiaryStore(db).entryCount(), entries);
            QVERIFY(BackupManager(diary.path()).list().constFirst().reason == BackupInfo::Reason::Damaged);
        } else {
            QCOMPARE(fileBytes(diary.path()), damaged); // never written
        }
    }

    void dialogForADamagedDiaryHasLargeLabelledChoices()
    {
        BackupInfo good;
        good.takenAt = kMorning;
        good.entryCount = 12;
        good.usable = true;
        DamagedDiaryDialog dialog(u"/home/someone/diary.sqlite"_s, good);
        const QStringList names = {u"restoreBackupButton"_s, u"openReadOnlyButton"_s, u"quitButton"_s};
        for (const QString &name : names) {
            auto *button = dialog.findChild<QPushButton *>(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY(button->minimumHeight() >= 44);
            QVERIFY(!button->accessibleName().isEmpty());
        }
        QVERIFY(dialog.findChild<QPushButton *>(u"restoreBackupButton"_s)->isDefault());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"openReadOnlyButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.choice(), DamagedDiaryDialog::Choice::OpenReadOnly);

        DamagedDiaryDialog withoutBackup(u"/home/someone/diary.sqlite"_s, std::nullopt);
        QVERIFY(!withoutBackup.findChild<QPushButton *>(u"restoreBackupButton"_s));
    }
};

QTEST_MAIN(TestBackupDialog)
#include "tst_backup_dialog.moc"
