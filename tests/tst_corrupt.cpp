// A damaged diary is never made worse: opening it for writing is refused before a byte is
// written, with a plain message; `nervediary check` and writing commands exit 3 and leave
// it as it was; it can still be opened read-only (for export) where SQLite can read it;
// and the newest good backup is found for the user.
#include "CliRunner.h"
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include "storage/BackupManager.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

enum class Damage { Header, DataPage, Truncated };

bool damage(const QString &path, Damage kind)
{
    switch (kind) {
    case Damage::Header:
        return scribble(path, 0, 16); // the "SQLite format 3" magic
    case Damage::DataPage:
        return scribble(path, tableRootOffset(path, "entry"), 512);
    case Damage::Truncated:
        return truncateTo(path, QFileInfo(path).size() / 2);
    }
    return false;
}

// Bytes and modification time: "not written" means neither changed.
struct Untouched
{
    QByteArray bytes;
    QDateTime modified;
    static Untouched of(const QString &path) { return {fileBytes(path), QFileInfo(path).lastModified()}; }
    bool operator==(const Untouched &other) const
    {
        return bytes == other.bytes && modified == other.modified;
    }
};

} // namespace

class TestCorrupt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void aDamagedDiaryIsNeverWritten_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("readableForExport");
        QTest::newRow("a diary whose header is overwritten") << int(Damage::Header) << false;
        QTest::newRow("a diary with a scribbled data page") << int(Damage::DataPage) << true;
        QTest::newRow("a diary cut off half-way")
            << int(Damage::Truncated) << false; // SQLite refuses it whole
    }

    void aDamagedDiaryIsNeverWritten()
    {
        QFETCH(int, kind);
        QFETCH(bool, readableForExport);
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2025, 6, 1), 120));
        BackupManager backups(diary.path());
        const QString good = backups.backUp(diary.db());
        QVERIFY(!good.isEmpty());
        diary.close();
        QVERIFY(!QFile::exists(diary.path() + u"-wal"_s)); // all in the main file
        QVERIFY(damage(diary.path(), Damage(kind)));
        const Untouched before = Untouched::of(diary.path());

        // The window's and the writing commands' open: refused, nothing written.
        Database db;
        QVERIFY(!db.open(diary.path(), Database::OpenMode::CreateIfMissing));
        QCOMPARE(db.error().kind, DbErrorKind::Corrupt);
        QVERIFY2(db.errorString().contains(u"damaged"_s), qPrintable(db.errorString()));
        QVERIFY(Untouched::of(diary.path()) == before);

        const CliResult check = runCli({u"check"_s, u"--db"_s, diary.path()});
        QCOMPARE(check.exitCode, 3);
        QCOMPARE(check.errLines().size(), 1);
        QVERIFY(check.errText().contains(u"damaged"_s));
        const CliResult write = runCli({u"set-baseline"_s, u"--db"_s, diary.path(), u"--from"_s,
                                        u"2025-06-01"_s, u"--to"_s, u"2025-06-07"_s});
        QCOMPARE(write.exitCode, 3);
        const CliResult backup = runCli({u"backup"_s, u"--db"_s, diary.path()});
        QCOMPARE(backup.exitCode, 3);
        QVERIFY(Untouched::of(diary.path()) == before);

        // Read-only, for export: opens where SQLite can still read the file, and says so.
        Database readOnly;
        const bool opened = readOnly.open(diary.path(), Database::OpenMode::ReadOnly);
        QVERIFY2(opened == readableForExport, qPrintable(readOnly.errorString()));
        if (readableForExport)
            QVERIFY(!readOnly.damageReport().isEmpty());
        else
            QCOMPARE(readOnly.error().kind, DbErrorKind::Corrupt);
        readOnly.close();
        QVERIFY(Untouched::of(diary.path()) == before);

        // The newest good backup is there to offer, with its number of entries.
        const std::optional<BackupInfo> offer = backups.newestUsableBackup();
        QVERIFY(offer.has_value());
        QCOMPARE(offer->path, good);
        QCOMPARE(offer->entryCount, 120);
        QVERIFY(Untouched::of(diary.path()) == before);
    }

    void aForeignDatabaseIsNotTakenOver()
    {
        TempDiary diary;
        QVERIFY(execSql(diary.path(), "CREATE TABLE notes (text); INSERT INTO notes VALUES ('mine');"));
        const Untouched before = Untouched::of(diary.path());
        Database db;
        QVERIFY(!db.open(diary.path()));
        QCOMPARE(db.error().kind, DbErrorKind::Corrupt);
        QVERIFY(db.errorString().contains(u"not a NerveDiary diary"_s));
        QVERIFY(Untouched::of(diary.path()) == before);
    }
};

QTEST_GUILESS_MAIN(TestCorrupt)
#include "tst_corrupt.moc"
