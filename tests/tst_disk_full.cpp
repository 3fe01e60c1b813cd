// A full disk loses nothing: the save that does not fit fails with DiskFull and a plain
// message, everything saved before stays, the file stays consistent, and the same save
// works once there is room again. Simulated with SQLite's max_page_count, and for real
// on a tiny tmpfs when the test may mount one (as root in CI).
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include "io/CsvExporter.h"
#include "io/CsvImporter.h"
#include "storage/BackupManager.h"
#include "storage/BackupWriter.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

Entry bigEntry(QDate day, int variant, int noteBytes)
{
    Entry entry = fullEntry(day, Author::Patient, variant);
    entry.setNote(QString(noteBytes, QChar(u'a' + variant % 26)));
    return entry;
}

bool capPages(Database &db, int extraPages)
{
    const QByteArray sql = "PRAGMA max_page_count = " +
                           QByteArray::number(queryInt(db.path(), "PRAGMA page_count") + extraPages);
    return sqlite3_exec(db.handle(), sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void aSaveThatDoesNotFitFailsAndKeepsEverythingElse()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 1, 1), 10));
        QVERIFY(capPages(diary.db(), 1));

        const Entry tooBig = bigEntry(QDate(2026, 2, 1), 3, 40000);
        QVERIFY(!diary.store().saveEntry(tooBig));
        QCOMPARE(diary.store().error().kind, DbErrorKind::DiskFull);
        QVERIFY(diary.store().errorString().contains(u"disk is full"_s));
        QVERIFY(!diary.store().entry(tooBig.date(), Author::Patient).has_value());
        QCOMPARE(diary.store().entryCount(), 10);
        QCOMPARE(diary.db().checkIntegrity(true), QString());

        QVERIFY(capPages(diary.db(), 1000)); // room again
        QVERIFY2(diary.store().saveEntry(tooBig), qPrintable(diary.store().errorString()));
        QCOMPARE(*diary.store().entry(tooBig.date(), Author::Patient), tooBig);
    }

    void anImportThatDoesNotFitWritesNothing()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(diary.store().saveEntry(fullEntry(QDate(2025, 12, 31), Author::Patient, 0)));
        QList<Entry> entries;
        for (int i = 0; i < 200; ++i)
            entries.append(bigEntry(QDate(2026, 1, 1).addDays(i), i, 500));
        CsvImporter importer;
        QVERIFY(importer.readEntries(u"big.csv"_s, CsvExporter::entriesCsv(entries)));
        QVERIFY(capPages(diary.db(), 5));
        QVERIFY(!importer.apply(diary.store(), ConflictPolicy::Fail));
        QCOMPARE(importer.error().kind, DbErrorKind::DiskFull);
        QCOMPARE(diary.store().entryCount(), 1);
        QCOMPARE(diary.db().checkIntegrity(true), QString());
    }

    void aRealFullDiskLosesNothing()
    {
        QTemporaryDir base;
        TinyDisk disk(base.filePath(u"disk"_s), 256);
        if (!disk.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root); the max_page_count tests above still ran");
        const QString path = base.filePath(u"disk/diary.sqlite"_s);
        Database db;
        QVERIFY(db.open(path));
        DiaryStore store(db);
        QList<Entry> saved;
        DbError failure;
        for (int i = 0; i < 400; ++i) {
            const Entry entry = bigEntry(QDate(2026, 1, 1).addDays(i), i, 3000);
            if (!store.saveEntry(entry)) {
                failure = store.error();
                break;
            }
            saved.append(entry);
        }
        QCOMPARE(failure.kind, DbErrorKind::DiskFull);
        QVERIFY(saved.size() > 5);
        QCOMPARE(store.entryCount(), int(saved.size()));

        // A backup onto the full disk fails cleanly and leaves no half-written file.
        BackupManager backups(path);
        QVERIFY(backups.backUp(db).isEmpty());
        QVERIFY(!backups.errorString().isEmpty());
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files).size(), 0);

        db.close();
        QVERIFY2(db.open(path, Database::OpenMode::MustExist), qPrintable(db.errorString()));
        QCOMPARE(db.checkIntegrity(true), QString());
        DiaryStore reopened(db);
        for (const Entry &entry : saved)
            QCOMPARE(*reopened.entry(entry.date(), Author::Patient), entry);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
