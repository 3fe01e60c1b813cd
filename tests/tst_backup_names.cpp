// Backups across time zones and diaries (issue 14 items 4 and 5): names carry the moment in
// UTC, so "newest" is the newest in real time whatever zone a copy was made in; each diary has
// its own folder (x.sqlite and x.db never prune each other); a manual copy never pushes out the
// day's automatic one; copies named the old way (local time, shared folder) are still found.
#include "CliRunner.h"
#include "FixedClock.h"
#include "SampleData.h"
#include "TempDiary.h"
#include "storage/BackupManager.h"
#include "storage/BackupWriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kTokyo("Asia/Tokyo");
const QTimeZone kNewYork("America/New_York");

bool addEntries(DiaryStore &store, QDate first, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!store.saveEntry(fullEntry(first.addDays(i), Author::Patient, i)))
            return false;
    }
    return true;
}

// Runs the real program in the time zone `tz`, as a user who travelled would.
int runInZone(const QByteArray &tz, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, QString::fromLatin1(tz));
    process.setProcessEnvironment(environment);
    process.start(cliBinary(), arguments);
    process.waitForFinished(60000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestBackupNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(kTokyo.isValid() && kNewYork.isValid());
    }

    void namesCarryTheMomentInUtcAndSortByIt()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(addEntries(diary.store(), QDate(2026, 3, 1), 2));
        FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 30), kTokyo));
        BackupManager backups(diary.path(), clock);
        const QString path = backups.backUp(diary.db(), BackupInfo::Reason::Manual);
        QVERIFY2(!path.isEmpty(), qPrintable(backups.errorString()));
        QCOMPARE(QFileInfo(path).fileName(), u"diary-20260309T233000Z-manual.sqlite"_s);
        QCOMPARE(QFileInfo(path).absolutePath(), diary.filePath(u"backups/diary.sqlite"_s));
        QCOMPARE(fileMode(diary.filePath(u"backups"_s)), 0700);
        QCOMPARE(fileMode(backups.folder()), 0700);
        QCOMPARE(backups.list(false).first().takenAt, clock.now()); // the same moment
    }

    // Tokyo at 10:00 is 01:00 UTC; New York at 22:00 the evening before is 03:00 UTC: later in
    // real time though earlier on the clock. The New York copy is the newest.
    void theNewestCopyIsTheNewestInRealTimeAfterATimeZoneChange()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(addEntries(diary.store(), QDate(2026, 3, 1), 3));
        FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(10, 0), kTokyo));
        BackupManager backups(diary.path(), clock);
        QVERIFY(!backups.backUp(diary.db(), BackupInfo::Reason::Daily).isEmpty());
        QVERIFY(addEntries(diary.store(), QDate(2026, 3, 4), 2)); // 5 entries in the later copy
        clock.set(QDateTime(QDate(2026, 3, 9), QTime(22, 0), kNewYork));
        const QString later = backups.backUp(diary.db(), BackupInfo::Reason::Manual);
        QVERIFY(!later.isEmpty());

        const std::optional<BackupInfo> newest = backups.newestUsableBackup();
        QVERIFY(newest);
        QCOMPARE(newest->path, later);
        QCOMPARE(newest->entryCount, 5);
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 2); // pruning in either zone kept both
        QCOMPARE(listed.first().path, later);
    }

    // The same through the program itself, run with TZ set as after a flight.
    void backupsMadeInTwoZonesRestoreTheNewest()
    {
        TempDiary diary;
        QVERIFY(makeDiaryThroughCli(diary.path(), 3));
        QCOMPARE(runInZone("Asia/Tokyo", {u"backup"_s, u"--db"_s, diary.path()}), 0);
        const QString later = diary.filePath(u"later.csv"_s);
        QVERIFY(writeFile(later, "date,author,numbness_hands\n2026-02-01,patient,1\n2026-02-02,patient,2\n"
                                 "2026-02-03,patient,3\n2026-02-04,patient,4\n"));
        QCOMPARE(runInZone("Asia/Tokyo", {u"import-csv"_s, u"--db"_s, diary.path(), later}), 0);
        QTest::qWait(1100); // another second, so the two copies are two moments
        QCOMPARE(runInZone("America/Los_Angeles", {u"backup"_s, u"--db"_s, diary.path()}), 0);

        const BackupManager backups(diary.path());
        const std::optional<BackupInfo> newest = backups.newestUsableBackup();
        QVERIFY(newest);
        QCOMPARE(newest->entryCount, 7);
        QCOMPARE(backups.list(false).size(), 1); // two manual copies of one day: the truly newest stays
    }

    void aManualCopyKeepsTheDaysAutomaticCopy()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(addEntries(diary.store(), QDate(2026, 3, 1), 2));
        FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0)));
        BackupManager backups(diary.path(), clock);
        QVERIFY(backups.backUpIfDue(diary.db()));
        clock.set(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
        QVERIFY(!backups.backUp(diary.db(), BackupInfo::Reason::Manual).isEmpty());
        clock.set(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
        QVERIFY(!backups.backUp(diary.db(), BackupInfo::Reason::Manual).isEmpty());

        const QList<BackupInfo> listed = backups.list(false);
        QCOMPARE(listed.size(), 2); // the newest manual copy and the day's automatic one
        QCOMPARE(listed[0].reason, BackupInfo::Reason::Manual);
        QCOMPARE(listed[0].takenAt.time(), QTime(10, 0));
        QCOMPARE(listed[1].reason, BackupInfo::Reason::Daily);
    }

    void rotationKeepsTheNewestAutomaticAndManualCopyOfEachDay_data()
    {
        QTest::addColumn<QList<int>>("reasons"); // newest first, one hour apart, on one day
        QTest::addColumn<QList<int>>("kept");    // indexes into reasons
        const int daily = int(BackupInfo::Reason::Daily);
        const int manual = int(BackupInfo::Reason::Manual);
        QTest::newRow("manual after daily keeps both") << QList<int>{manual, daily} << QList<int>{0, 1};
        QTest::newRow("three manual and one daily keep the newest manual and the daily")
            << QList<int>{manual, manual, daily, manual} << QList<int>{0, 2};
        QTest::newRow("two daily copies keep the newer") << QList<int>{daily, daily} << QList<int>{0};
    }

    void rotationKeepsTheNewestAutomaticAndManualCopyOfEachDay()
    {
        QFETCH(QList<int>, reasons);
        QFETCH(QList<int>, kept);
        QList<BackupInfo> backups;
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            BackupInfo info;
            info.takenAt = QDateTime(QDate(2026, 3, 10), QTime(20, 0)).addSecs(-3600 * i);
            info.reason = BackupInfo::Reason(reasons[i]);
            info.path = QString::number(i);
            backups.append(info);
        }
        QList<int> keptIndexes;
        for (const BackupInfo &info : BackupManager::selectToKeep(backups))
            keptIndexes.append(info.path.toInt());
        QCOMPARE(keptIndexes, kept);
    }

    void twoDiariesOfTheSameNameKeepTheirOwnCopies()
    {
        TempDiary diary; // diary.sqlite
        QVERIFY(diary.open());
        QVERIFY(addEntries(diary.store(), QDate(2026, 3, 1), 2));
        const QString other = diary.filePath(u"diary.db"_s);
        Database otherDb;
        QVERIFY(otherDb.open(other));
        DiaryStore otherStore(otherDb);
        QVERIFY(addEntries(otherStore, QDate(2026, 1, 1), 9));

        FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(8, 0)));
        BackupManager mine(diary.path(), clock);
        BackupManager theirs(other, clock);
        QVERIFY(!theirs.backUp(otherDb, BackupInfo::Reason::Daily).isEmpty());
        for (int day = 0; day < 30; ++day) {
            QVERIFY(!mine.backUp(diary.db(), BackupInfo::Reason::Daily).isEmpty());
            clock.advanceDays(1);
        }
        QVERIFY(mine.folder() != theirs.folder());
        QCOMPARE(theirs.list().size(), 1);
        QCOMPARE(theirs.list().first().entryCount, 9);
        for (const BackupInfo &info : mine.list())
            QCOMPARE(info.entryCount, 2);
    }

    void copiesWithOldNamesAreStillFoundAndNeverPruned()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(addEntries(diary.store(), QDate(2026, 3, 1), 4));
        // As the previous version wrote them: local time, the shared "backups" folder.
        QVERIFY(QDir().mkpath(diary.filePath(u"backups"_s)));
        const QString old = diary.filePath(u"backups/diary-2026-03-05-083000-daily.sqlite"_s);
        BackupWriter writer;
        QVERIFY(writer.write(diary.db().handle(), old));
        QVERIFY(addEntries(diary.store(), QDate(2026, 3, 5), 1));

        FixedClock clock(QDateTime(QDate(2026, 3, 4), QTime(9, 0))); // a wrong clock: "before" the old copy
        BackupManager backups(diary.path(), clock);
        QCOMPARE(backups.list(false).size(), 1);
        QCOMPARE(backups.list(false).first().takenAt, QDateTime(QDate(2026, 3, 5), QTime(8, 30)));
        QCOMPARE(backups.newestUsableBackup()->path, old);
        for (int day = 0; day < 40; ++day) {
            QVERIFY(!backups.backUp(diary.db(), BackupInfo::Reason::Daily).isEmpty());
            clock.advanceDays(1);
        }
        QVERIFY(QFile::exists(old));
        QVERIFY(backups.list(false).size() > 1);
        QCOMPARE(backups.newestUsableBackup()->entryCount, 5);
    }
};

QTEST_GUILESS_MAIN(TestBackupNames)
#include "tst_backup_names.moc"
