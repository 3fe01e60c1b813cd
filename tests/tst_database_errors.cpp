// Database errors seen from the command line: a diary locked by another program and
// damaged files give exit status 3 with one clear line, and the file is never changed.
#include "CliRunner.h"
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

// SQLite's own verdict on a file, read without our code: "ok" or the first problem.
QString integrityOf(const QString &path)
{
    sqlite3 *db = nullptr;
    QString verdict = u"cannot open"_s;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        const int rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check(1)", -1, &stmt, nullptr);
        if (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        else
            verdict = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return verdict;
}

// A closed diary of `days` full entries: big enough to have pages in the middle.
bool makeDiary(TempDiary &diary, int days)
{
    if (!diary.open())
        return false;
    DiaryStore &store = diary.store();
    const bool ok = store.inTransaction([&] {
        for (int i = 0; i < days; ++i) {
            if (!store.saveEntry(fullEntry(QDate(2026, 1, 1).addDays(i), Author::Patient, i)))
                return false;
        }
        return store.addEvent(makeEvent(QDate(2026, 1, 1), EventKind::Infusion, u"nivolumab"_s)) > 0;
    });
    diary.close();
    return ok;
}

enum class Damage { GarbageHeader, ZeroedMiddlePage, Truncated, TextFile };

bool damage(const QString &path, Damage kind)
{
    const qint64 size = QFileInfo(path).size();
    const int pageSize = queryInt(path, "PRAGMA page_size");
    switch (kind) {
    case Damage::GarbageHeader:
        return scribble(path, 0, 100);
    case Damage::ZeroedMiddlePage: {
        QFile file(path);
        const qint64 middle = (size / pageSize / 2) * pageSize;
        return file.open(QIODevice::ReadWrite) && file.seek(middle) &&
               file.write(QByteArray(pageSize, '\0')) == pageSize;
    }
    case Damage::Truncated:
        return truncateTo(path, (size / pageSize / 2) * pageSize + 1000); // mid-page, too
    case Damage::TextFile:
        return writeFile(path, "date,author\n2026-01-01,patient\n");
    }
    return false;
}

} // namespace

class TestDatabaseErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(), "NERVEDIARY_BINARY must name the nervediary program");
    }

    void lockedDiaryIsReportedAndLeftWhole()
    {
        TempDiary diary;
        QVERIFY(makeDiary(diary, 5));
        const QString csv = diary.filePath(u"new.csv"_s);
        QVERIFY(writeFile(csv, "date,author,numbness_hands\n2026-02-01,patient,4\n2026-02-02,patient,5\n"));

        // Another program is in the middle of saving: it holds the write lock.
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(diary.path()).constData(), &holder, SQLITE_OPEN_READWRITE,
                                 nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

        // Reading is not blocked by a writer (WAL): check and export still work.
        CliResult result = runCli({u"check"_s, u"--db"_s, diary.path()});
        QCOMPARE(result.exitCode, 0);
        result = runCli({u"export-csv"_s, u"--db"_s, diary.path(), u"--out"_s, diary.filePath(u"out.csv"_s)});
        QCOMPARE(result.exitCode, 0);

        // Writing waits for the busy timeout (about 2 s), then gives up cleanly.
        QElapsedTimer timer;
        timer.start();
        result = runCli({u"import-csv"_s, u"--db"_s, diary.path(), csv});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(!result.crashed);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().startsWith(u"nervediary: "_s), result.err.constData());
        QVERIFY2(result.errText().contains(u"in use by another program"_s), result.err.constData());
        QVERIFY(timer.elapsed() >= 1500); // it did wait for the other program

        result = runCli({u"set-baseline"_s, u"--db"_s, diary.path(), u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                         u"2026-01-03"_s});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().contains(u"in use by another program"_s), result.err.constData());

        QCOMPARE(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close_v2(holder);

        // Nothing half-written, and the file is healthy.
        QCOMPARE(integrityOf(diary.path()), u"ok"_s);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM entry"), 5);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM entry WHERE day >= '2026-02-01'"), 0);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM baseline"), 0);

        // Once the other program is done, the same commands succeed.
        QCOMPARE(runCli({u"import-csv"_s, u"--db"_s, diary.path(), csv}).exitCode, 0);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM entry"), 7);
    }

    void damagedFileIsReportedAndLeftUntouched_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("command");
        const std::pair<Damage, const char *> kinds[] = {
            {Damage::GarbageHeader, "a file with a garbage header"},
            {Damage::ZeroedMiddlePage, "a file with a zeroed page in the middle"},
            {Damage::Truncated, "a truncated file"},
            {Damage::TextFile, "a text file given as the diary"},
        };
        for (const auto &[kind, description] : kinds) {
            for (const char *command : {"check", "import-csv", "export-csv", "set-baseline"})
                QTest::addRow("%s: %s gives status 3", description, command)
                    << int(kind) << QString::fromLatin1(command);
        }
    }

    void damagedFileIsReportedAndLeftUntouched()
    {
        QFETCH(int, kind);
        QFETCH(QString, command);
        TempDiary diary;
        QVERIFY(makeDiary(diary, 120));
        QVERIFY(QFileInfo(diary.path()).size() > 10 * 4096);
        QVERIFY(damage(diary.path(), Damage(kind)));
        QVERIFY2(integrityOf(diary.path()) != u"ok"_s, "the damage must be real for SQLite itself");
        const FileState before = FileState::of(diary.path());
        const QString csv = diary.filePath(u"new.csv"_s);
        QVERIFY(writeFile(csv, "date,author,numbness_hands\n2026-09-01,patient,4\n"));

        QStringList arguments = {command, u"--db"_s, diary.path()};
        if (command == "import-csv"_L1)
            arguments << csv;
        else if (command == "export-csv"_L1)
            arguments << u"--out"_s << diary.filePath(u"out.csv"_s);
        else if (command == "set-baseline"_L1)
            arguments << u"--from"_s << u"2026-01-01"_s << u"--to"_s << u"2026-01-07"_s;
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(!result.crashed);
        QCOMPARE(result.outText(), QString());
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().startsWith(u"nervediary: "_s), result.err.constData());
        QVERIFY2(result.errText().contains(u"damaged"_s) || result.errText().contains(u"not a NerveDiary"_s),
                 result.err.constData());

        QVERIFY(FileState::of(diary.path()) == before);
        QVERIFY(!QFile::exists(diary.path() + u"-wal"_s));
        QVERIFY(!QFile::exists(diary.filePath(u"out.csv"_s)));
    }

    void newerDiaryIsRefusedByTheCli()
    {
        TempDiary diary;
        QVERIFY(makeDiary(diary, 3));
        QVERIFY(execSql(diary.path(), "PRAGMA user_version = 999"));
        const FileState before = FileState::of(diary.path());
        const CliResult write = runCli({u"set-baseline"_s, u"--db"_s, diary.path(), u"--from"_s,
                                        u"2026-01-01"_s, u"--to"_s, u"2026-01-02"_s});
        QCOMPARE(write.exitCode, 3);
        QCOMPARE(write.errLines().size(), 1);
        QVERIFY2(write.errText().contains(u"newer version"_s), write.err.constData());
        const CliResult check = runCli({u"check"_s, u"--db"_s, diary.path()});
        QCOMPARE(check.exitCode, 3);
        QCOMPARE(check.errLines().size(), 1);
        QVERIFY2(check.errText().contains(u"newer version"_s), check.err.constData());
        QVERIFY(FileState::of(diary.path()) == before);
    }

    void missingDiaryIsAnErrorForReadingCommands()
    {
        TempDiary diary;
        for (const QStringList &arguments :
             {QStringList{u"check"_s, u"--db"_s, diary.path()},
              QStringList{u"export-csv"_s, u"--db"_s, diary.path(), u"--out"_s, diary.filePath(u"o.csv"_s)},
              QStringList{u"backup"_s, u"--db"_s, diary.path(), u"--out"_s, diary.filePath(u"b.sqlite"_s)}}) {
            const CliResult result = runCli(arguments);
            QCOMPARE(result.exitCode, 3);
            QCOMPARE(result.errLines().size(), 1);
            QVERIFY2(result.errText().contains(u"does not exist"_s), result.err.constData());
            QVERIFY(!QFile::exists(diary.path()));
        }
        QVERIFY(QDir(diary.folder()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseErrors)
#include "tst_database_errors.moc"
