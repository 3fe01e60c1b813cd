// Backups: verified copies, rotation, the daily and pre-migration copies, restore,
// and migrations that stop half-way.
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include "storage/BackupManager.h"
#include "storage/BackupWriter.h"
#include "storage/DiaryLock.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <functional>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kMorning(QDate(2026, 3, 10), QTime(8, 30));

BackupInfo copyAt(const QDateTime &when, BackupInfo::Reason reason)
{
    BackupInfo info;
    info.takenAt = when;
    info.reason = reason;
    info.path = when.toString(Qt::ISODate) + u'-' + QString::number(int(reason));
    return info;
}

QStringList keptTimes(const QList<BackupInfo> &kept)
{
    QStringList times;
    for (const BackupInfo &info : kept)
        times.append(info.takenAt.toString(u"yyyy-MM-dd HH:mm"_s));
    return times;
}

bool saveEntries(DiaryStore &store, QDate first, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!store.saveEntry(fullEntry(first.addDays(i), Author::Patient, i)))
            return false;
    }
    return true;
}

// Denies the one statement that sets the new version, so a migration step fails after
// its other statements ran inside the same transaction.
int denyVersionUpdate(void *, int action, const char *arg1, const char *arg2, const char *, const char *)
{
    if (action == SQLITE_PRAGMA && qstrcmp(arg1, "user_version") == 0 && arg2)
        return SQLITE_DENY;
    return SQLITE_OK;
}

// Runs `work` while no file of this process may grow beyond `bytes` (a write past it fails
// with EFBIG, as on a full disk), then lifts the limit again.
bool withFileSizeLimit(rlim_t bytes, const std::function<bool()> &work)
{
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit previous;
    ::getrlimit(RLIMIT_FSIZE, &previous);
    struct rlimit limited = previous;
    limited.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limited);
    const bool result = work();
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);
    return result;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void backupIsAVerifiedPrivateCopy()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 3, 1), 5));
        FixedClock clock(kMorning);
        BackupManager backups(diary.path(), clock);

        const QString path = backups.backUp(diary.db(), BackupInfo::Reason::Manual);
        QVERIFY2(!path.isEmpty(), qPrintable(backups.errorString()));
        QCOMPARE(QFileInfo(path).dir().absolutePath(),
                 QDir(diary.folder()).filePath(u"backups/diary.sqlite"_s));
        QCOMPARE(QFileInfo(path).fileName(),
                 kMorning.toUTC().toString(u"'diary-'yyyyMMdd'T'HHmmss'Z-manual.sqlite'"_s));
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(fileMode(backups.folder()), 0700);

        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed[0].usable);
        QCOMPARE(listed[0].entryCount, 5);
        QCOMPARE(listed[0].takenAt, kMorning);
        QCOMPARE(listed[0].reason, BackupInfo::Reason::Manual);
        // A self-contained file: no -wal needed beside it.
        QCOMPARE(int(fileBytes(path).at(18)), 1); // rollback-journal format, not WAL
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(QDir(backups.folder()).entryList({u"*.part"_s}, QDir::Files).isEmpty());
    }

    void rotationKeepsSevenDaysAndFourWeeks_data()
    {
        QTest::addColumn<QList<BackupInfo>>("backups"); // newest first
        QTest::addColumn<QStringList>("kept");

        QList<BackupInfo> sixtyDays;
        for (int day = 0; day < 60; ++day)
            sixtyDays.append(copyAt(kMorning.addDays(-day), BackupInfo::Reason::Daily));
        // 2026-03-10 is a Tuesday: the last 7 days, then the newest copy of each older week.
        QTest::newRow("sixty daily copies keep the last seven days and the newest of four weeks")
            << sixtyDays << QStringList{u"2026-03-10 08:30"_s, u"2026-03-09 08:30"_s, u"2026-03-08 08:30"_s,
                                        u"2026-03-07 08:30"_s, u"2026-03-06 08:30"_s, u"2026-03-05 08:30"_s,
                                        u"2026-03-04 08:30"_s, u"2026-03-01 08:30"_s, u"2026-02-22 08:30"_s};

        QList<BackupInfo> sameDay;
        for (int hour = 20; hour >= 8; hour -= 4)
            sameDay.append(copyAt(QDateTime(QDate(2026, 3, 10), QTime(hour, 0)), BackupInfo::Reason::Manual));
        QTest::newRow("several copies on one day keep only the newest")
            << sameDay << QStringList{u"2026-03-10 20:00"_s};

        QList<BackupInfo> safety;
        for (int i = 0; i < 6; ++i)
            safety.append(copyAt(kMorning.addSecs(-60 * i), i % 2 ? BackupInfo::Reason::BeforeRestore
                                                                  : BackupInfo::Reason::BeforeUpdate));
        QTest::newRow("copies taken before an update or a restore keep the newest four")
            << safety
            << QStringList{u"2026-03-10 08:30"_s, u"2026-03-10 08:29"_s, u"2026-03-10 08:28"_s,
                           u"2026-03-10 08:27"_s};

        QList<BackupInfo> damaged;
        for (int i = 0; i < 12; ++i)
            damaged.append(copyAt(kMorning.addDays(-30 * i), BackupInfo::Reason::Damaged));
        QTest::newRow("copies of a damaged diary are never pruned") << damaged << keptTimes(damaged);

        QList<BackupInfo> mixed = {copyAt(kMorning, BackupInfo::Reason::Manual),
                                   copyAt(kMorning.addSecs(-10), BackupInfo::Reason::BeforeRestore),
                                   copyAt(kMorning.addSecs(-20), BackupInfo::Reason::Daily)};
        QTest::newRow("a restore's safety copy and the day's automatic copy survive a later manual copy")
            << mixed << QStringList{u"2026-03-10 08:30"_s, u"2026-03-10 08:29"_s, u"2026-03-10 08:29"_s};
    }

    void rotationKeepsSevenDaysAndFourWeeks()
    {
        QFETCH(QList<BackupInfo>, backups);
        QFETCH(QStringList, kept);
        QCOMPARE(keptTimes(BackupManager::selectToKeep(backups)), kept);
    }

    void pruningDeletesOnlyOurOldCopies()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 1, 1), 2));
        FixedClock clock(kMorning.addDays(-20));
        BackupManager backups(diary.path(), clock);
        QDir().mkpath(backups.folder());
        const QString foreign = QDir(backups.folder()).filePath(u"my-own-copy.sqlite"_s);
        QVERIFY(writeFile(foreign, "keep me"));
        for (int day = 0; day <= 20; ++day) {
            QVERIFY2(!backups.backUp(diary.db(), BackupInfo::Reason::Daily).isEmpty(),
                     qPrintable(backups.errorString()));
            clock.advanceDays(1);
        }
        const QList<BackupInfo> left = backups.list();
        QCOMPARE(left.size(), 9); // 7 days + 2 older weeks (the newest week's copy is a daily one)
        for (const BackupInfo &info : left)
            QVERIFY(info.usable);
        QCOMPARE(fileBytes(foreign), QByteArray("keep me"));
    }

    void aBrokenNewCopyNeverPrunesTheOldOnes()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 1, 1), 2));
        FixedClock clock(kMorning.addDays(-10));
        BackupManager backups(diary.path(), clock);
        for (int day = 0; day < 10; ++day) {
            QVERIFY(!backups.backUp(diary.db(), BackupInfo::Reason::Daily).isEmpty());
            clock.advanceDays(1);
        }
        const QStringList before = QDir(backups.folder()).entryList(QDir::Files);
        // The next copy cannot be written: no file may grow beyond one page for a moment.
        const bool written = withFileSizeLimit(
            4096, [&] { return !backups.backUp(diary.db(), BackupInfo::Reason::Daily).isEmpty(); });
        QVERIFY(!written);
        QVERIFY(!backups.errorString().isEmpty());
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files), before);
        QCOMPARE(before.size(), 8); // 7 days and the newest copy of the week before
    }

    void dailyCopyOncePerDayAndNotForAnEmptyDiary()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        FixedClock clock(kMorning);
        BackupManager backups(diary.path(), clock);
        QVERIFY(backups.backUpIfDue(diary.db()));
        QCOMPARE(backups.list().size(), 0);

        QVERIFY(saveEntries(diary.store(), QDate(2026, 3, 1), 3));
        QVERIFY(backups.backUpIfDue(diary.db()));
        QCOMPARE(backups.list().size(), 1);
        clock.set(kMorning.addSecs(3600));
        QVERIFY(backups.backUpIfDue(diary.db()));
        QCOMPARE(backups.list().size(), 1);
        clock.advanceDays(1);
        QVERIFY(backups.backUpIfDue(diary.db()));
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].reason, BackupInfo::Reason::Daily);
        QCOMPARE(listed[0].takenAt.date(), QDate(2026, 3, 11));
    }

    void copyBeforeEveryMigration()
    {
        TempDiary diary;
        QVERIFY(makeDiaryAtVersion(diary.path(), 1, 4));
        FixedClock clock(kMorning);
        BackupManager backups(diary.path(), clock);
        Database db;
        backups.protectMigrations(db);
        QVERIFY2(db.open(diary.path()), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());

        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].reason, BackupInfo::Reason::BeforeUpdate);
        QCOMPARE(listed[0].schemaVersion, 1);
        QCOMPARE(listed[0].entryCount, 4);

        // Already current: no further copy.
        db.close();
        QVERIFY(db.open(diary.path()));
        QCOMPARE(backups.list().size(), 1);
    }

    void everyPastFormatHasAFixtureAndIsBackedUpBeforeItsUpdate_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < latestSchemaVersion(); ++version)
            QTest::newRow(qPrintable(u"a diary of format %1"_s.arg(version))) << version;
    }

    void everyPastFormatHasAFixtureAndIsBackedUpBeforeItsUpdate()
    {
        QFETCH(int, version);
        const QString fixture = QFINDTESTDATA(u"fixtures/diary-v%1.sqlite"_s.arg(version));
        QVERIFY2(!fixture.isEmpty(), "every released format needs a fixture in tests/fixtures");
        TempDiary diary;
        QVERIFY(QFile::copy(fixture, diary.path())); // never open the fixture itself
        QFile::setPermissions(diary.path(), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), version);
        const int entries = queryInt(diary.path(), "SELECT count(*) FROM entry");

        FixedClock clock(kMorning);
        BackupManager backups(diary.path(), clock);
        Database db;
        backups.protectMigrations(db);
        QVERIFY2(db.open(diary.path()), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].reason, BackupInfo::Reason::BeforeUpdate);
        QCOMPARE(listed[0].schemaVersion, version);
        QCOMPARE(listed[0].entryCount, entries);
        QCOMPARE(DiaryStore(db).entryCount(), entries);
    }

    void noMigrationWithoutACopy()
    {
        TempDiary diary;
        QVERIFY(makeDiaryAtVersion(diary.path(), 1, 2));
        // The backups folder cannot be made: a file has its name.
        QVERIFY(writeFile(diary.filePath(u"backups"_s), "in the way"));
        BackupManager backups(diary.path());
        Database db;
        backups.protectMigrations(db);
        QVERIFY(!db.open(diary.path()));
        QVERIFY(db.errorString().contains(u"backup"_s));
        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), 1);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM entry"), 2);
    }

    void aFailedMigrationStepLeavesTheOldSchema()
    {
        TempDiary diary;
        QVERIFY(makeDiaryAtVersion(diary.path(), 1, 3));
        Database db;
        // The hook runs on the open connection just before the steps: make the last
        // statement of the step fail after its CREATE TABLE ran in the same transaction.
        db.setBeforeMigration([&db](int) {
            sqlite3_set_authorizer(db.handle(), denyVersionUpdate, nullptr);
            return true;
        });
        QVERIFY(!db.open(diary.path()));
        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), 1);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM sqlite_schema WHERE name = 'flag_ack'"), 0);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM entry"), 3);

        // Without the fault the same file updates normally.
        Database again;
        QVERIFY2(again.open(diary.path()), qPrintable(again.errorString()));
        QCOMPARE(again.schemaVersion(), latestSchemaVersion());
        QCOMPARE(again.checkIntegrity(true), QString());
    }

    void restoreKeepsTheCurrentDiaryFirst()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 2, 1), 3));
        FixedClock clock(kMorning);
        BackupManager backups(diary.path(), clock);
        const QString threeEntries = backups.backUp(diary.db());
        QVERIFY(!threeEntries.isEmpty());
        clock.advanceDays(1);
        QVERIFY(saveEntries(diary.store(), QDate(2026, 2, 4), 5));
        QCOMPARE(diary.store().entryCount(), 8);

        QVERIFY2(backups.restore(threeEntries, diary.db()), qPrintable(backups.errorString()));
        QVERIFY(diary.db().isOpen());
        QCOMPARE(diary.store().entryCount(), 3);
        QCOMPARE(*diary.store().entry(QDate(2026, 2, 2), Author::Patient),
                 fullEntry(QDate(2026, 2, 2), Author::Patient, 1));
        QCOMPARE(diary.db().checkIntegrity(true), QString());

        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].reason, BackupInfo::Reason::BeforeRestore);
        QCOMPARE(listed[0].entryCount, 8);
        // …and that copy restores the eight entries again.
        QVERIFY(backups.restore(listed[0].path, diary.db()));
        QCOMPARE(diary.store().entryCount(), 8);
        QCOMPARE(fileMode(diary.path()), 0600);
    }

    void restoringAnOlderFormatUpdatesIt()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 2, 1), 2));
        BackupManager backups(diary.path());
        const QString old = QDir(diary.folder()).filePath(u"from-version-1.sqlite"_s);
        QVERIFY(makeDiaryAtVersion(old, 1, 6));
        QVERIFY2(backups.restore(old, diary.db()), qPrintable(backups.errorString()));
        QCOMPARE(diary.db().schemaVersion(), latestSchemaVersion());
        QCOMPARE(diary.store().entryCount(), 6);
        QVERIFY(diary.store().acknowledgements().isEmpty());
        QVERIFY(!diary.store().error().isError());
    }

    void aDamagedOrForeignBackupIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("a copy with a scribbled page") << QByteArray("page");
        QTest::newRow("a copy cut short") << QByteArray("truncate");
        QTest::newRow("a database that is not a diary") << QByteArray("foreign");
        QTest::newRow("a text file") << QByteArray("text");
    }

    void aDamagedOrForeignBackupIsRefusedAndNothingChanges()
    {
        QFETCH(QByteArray, damage);
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 2, 1), 40));
        BackupManager backups(diary.path());
        const QString copy = backups.backUp(diary.db());
        QVERIFY(!copy.isEmpty());
        if (damage == "page")
            QVERIFY(scribble(copy, tableRootOffset(copy, "entry"), 200));
        else if (damage == "truncate")
            QVERIFY(truncateTo(copy, 4096 * 2));
        else if (damage == "foreign")
            QVERIFY(QFile::remove(copy) && execSql(copy, "CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
        else
            QVERIFY(writeFile(copy, "day,author\n2026-01-01,patient\n"));

        const BackupInfo inspected = BackupManager::inspect(copy);
        QVERIFY(!inspected.usable);
        QVERIFY(!inspected.problem.isEmpty());
        const FileState copyBefore = FileState::of(copy);
        QVERIFY(!backups.restore(copy, diary.db()));
        QVERIFY(backups.errorString().contains(u"nothing was changed"_s));
        QCOMPARE(FileState::of(copy), copyBefore);
        QCOMPARE(diary.store().entryCount(), 40);
        QCOMPARE(backups.list().size(), 1); // no "before restore" copy either
        QVERIFY(!backups.newestUsableBackup().has_value());
    }

    void newestUsableBackupSkipsDamagedCopies()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 2, 1), 30));
        FixedClock clock(kMorning);
        BackupManager backups(diary.path(), clock);
        const QString older = backups.backUp(diary.db());
        clock.advanceDays(1);
        const QString newer = backups.backUp(diary.db());
        QVERIFY(!older.isEmpty() && !newer.isEmpty());
        QVERIFY(scribble(newer, 0, 100));
        const std::optional<BackupInfo> best = backups.newestUsableBackup();
        QVERIFY(best.has_value());
        QCOMPARE(best->path, older);
        QCOMPARE(best->entryCount, 30);
    }

    void restoreOverADamagedDiaryKeepsItsBytes()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 2, 1), 30));
        FixedClock clock(kMorning);
        BackupManager backups(diary.path(), clock);
        const QString good = backups.backUp(diary.db());
        QVERIFY(!good.isEmpty());
        diary.close();
        QVERIFY(scribble(diary.path(), 0, 16)); // the header: no longer an SQLite file
        const QByteArray damagedBytes = fileBytes(diary.path());

        Database db;
        QVERIFY(!db.open(diary.path()));
        QCOMPARE(db.error().kind, DbErrorKind::Corrupt);
        clock.advanceDays(1);
        QVERIFY2(backups.restore(good, db), qPrintable(backups.errorString()));
        QVERIFY(db.isOpen());
        DiaryStore store(db);
        QCOMPARE(store.entryCount(), 30);

        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].reason, BackupInfo::Reason::Damaged);
        QVERIFY(!listed[0].usable);
        QCOMPARE(fileBytes(listed[0].path), damagedBytes);
        QCOMPARE(fileMode(listed[0].path), 0600);
        QVERIFY(!QFile::exists(diary.path() + u".restored"_s));
    }

    void aFailedBackupKeepsThePreviousCopy()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 2, 1), 3));
        const QString target = diary.filePath(u"copy.sqlite"_s);
        BackupWriter writer;
        QVERIFY(writer.write(diary.db().handle(), target));
        const QByteArray good = fileBytes(target);
        // A failed write (no room for the new copy) leaves the previous copy as it was.
        QVERIFY(!withFileSizeLimit(4096, [&] { return writer.write(diary.db().handle(), target); }));
        QVERIFY(QDir(diary.folder()).entryList({u"*.part"_s}, QDir::Files).isEmpty());
        QCOMPARE(fileBytes(target), good);
        QVERIFY(BackupManager::inspect(target).usable);
    }

    void durableSettingsAreInForce()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QCOMPARE(diary.db().synchronousLevel(), 2); // FULL
        QCOMPARE(diary.db().journalMode(), u"wal"_s);
        diary.close();
        QVERIFY(diary.open(Database::OpenMode::MustExist));
        QCOMPARE(diary.db().synchronousLevel(), 2);
        QCOMPARE(diary.db().journalMode(), u"wal"_s);
    }

    void readOnlyOpenNeverWrites()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveEntries(diary.store(), QDate(2026, 2, 1), 3));
        diary.close();
        const FileState before = FileState::of(diary.path());
        QVERIFY(diary.open(Database::OpenMode::ReadOnly));
        QVERIFY(diary.db().isReadOnly());
        QCOMPARE(diary.store().entryCount(), 3);
        QVERIFY(!diary.store().saveEntry(fullEntry(QDate(2026, 2, 9), Author::Patient)));
        diary.close();
        QCOMPARE(FileState::of(diary.path()), before);
    }

    void secondWindowIsRefused()
    {
        TempDiary diary;
        DiaryLock first(diary.path());
        QVERIFY(first.tryLock());
        QCOMPARE(fileMode(first.lockPath()), 0600);
        DiaryLock second(diary.path());
        QVERIFY(!second.tryLock());
        QVERIFY(second.heldElsewhere());
        QVERIFY(second.errorString().contains(u"already open"_s));
        first.unlock();
        QVERIFY(second.tryLock());
        QVERIFY(!second.heldElsewhere());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
