// The diary's files and what the program says about them (issue 14 items 8 and 9):
// opening a diary takes other accounts' permissions away from it and its -wal/-shm; a full
// disk on export says so; a read-only folder neither blocks the commands that only read nor
// blames the (writable) diary file; a folder or a named pipe given as the diary is named as
// such; a read-only -shm left behind is handled or explained; 100,000 unknown columns print a
// few problems and a count.
#include "CliRunner.h"
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

bool makeDiary(const QString &path, int days)
{
    return makeDiaryThroughCli(path, days);
}

// Runs the program as another account (nobody), so permissions apply as to a user (tests
// run as root, for whom no permission is ever missing).
CliResult runAsNobody(const QStringList &arguments)
{
    QProcess process;
    process.start(u"setpriv"_s,
                  QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, cliBinary()} +
                      arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.waitForFinished(60000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool chown(const QString &path, uid_t user)
{
    return ::chown(QFile::encodeName(path).constData(), user, user) == 0;
}

// `base`/mine/diary.sqlite (3 entries) owned by nobody, with a stale -shm of mode `shmMode`
// (nobody's own when `shmIsNobodys`, else root's), and `base`/e.csv with one more entry.
bool makeNobodysDiaryWithStaleShm(const QTemporaryDir &base, int shmMode, bool shmIsNobodys)
{
    const QString folder = base.filePath(u"mine"_s);
    const QString diaryPath = folder + u"/diary.sqlite"_s;
    const QString shm = diaryPath + u"-shm"_s;
    const QString csv = base.filePath(u"e.csv"_s);
    return ::chmod(QFile::encodeName(base.path()).constData(), 0755) == 0 && QDir().mkdir(folder) &&
           makeDiary(diaryPath, 3) && writeFile(shm, QByteArray(32768, '\0')) &&
           ::chmod(QFile::encodeName(shm).constData(), mode_t(shmMode)) == 0 && chown(folder, 65534) &&
           chown(diaryPath, 65534) && (!shmIsNobodys || chown(shm, 65534)) &&
           writeFile(csv, "date,author,numbness_hands\n2026-02-01,patient,3\n") &&
           ::chmod(QFile::encodeName(csv).constData(), 0644) == 0;
}

} // namespace

class TestDiaryFilesMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(), "NERVEDIARY_BINARY is not set");
    }

    // --- item 8 ---

    void openingTightensTheDiaryAndItsSideFiles()
    {
        TempDiary diary;
        QVERIFY(makeDiary(diary.path(), 3));
        QVERIFY(::chmod(QFile::encodeName(diary.path()).constData(), 0644) == 0);
        // Another program has the diary open, so its -wal and -shm are there, also 0644.
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(diary.path()).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "PRAGMA journal_mode = WAL; SELECT count(*) FROM entry;", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(fileMode(diary.path() + u"-shm"_s), 0644);
        QVERIFY(::chmod(QFile::encodeName(diary.path() + u"-wal"_s).constData(), 0644) == 0);

        Database db;
        QVERIFY(db.open(diary.path(), Database::OpenMode::MustExist));
        QVERIFY(db.permissionsTightened());
        QCOMPARE(fileMode(diary.path()), 0600);
        QCOMPARE(fileMode(diary.path() + u"-wal"_s), 0600);
        QCOMPARE(fileMode(diary.path() + u"-shm"_s), 0600);
        QVERIFY(db.takePermissionsTightened());
        QVERIFY(!db.takePermissionsTightened()); // said once
        sqlite3_close_v2(other);
        db.close();

        // Opened again: nothing more to tighten, and the files SQLite makes now are 0600 too.
        QVERIFY(db.open(diary.path(), Database::OpenMode::MustExist));
        QVERIFY(!db.permissionsTightened());
        DiaryStore store(db);
        QVERIFY(store.saveEntry(fullEntry(QDate(2026, 1, 1), Author::Patient, 1)));
        QCOMPARE(fileMode(diary.path() + u"-wal"_s), 0600);
        QCOMPARE(fileMode(diary.path() + u"-shm"_s), 0600);
    }

    void theCommandLineTightensToo()
    {
        TempDiary diary;
        QVERIFY(makeDiary(diary.path(), 2));
        QVERIFY(::chmod(QFile::encodeName(diary.path()).constData(), 0664) == 0);
        const CliResult result = runCli({u"flags"_s, u"--db"_s, diary.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QCOMPARE(fileMode(diary.path()), 0600);
    }

    // --- item 9 ---

    void aFullDiskOnExportSaysTheDiskIsFull_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("export-csv") << QStringList{u"export-csv"_s};
        QTest::newRow("export-fhir") << QStringList{u"export-fhir"_s};
        QTest::newRow("export-pdf") << QStringList{u"export-pdf"_s};
    }

    void aFullDiskOnExportSaysTheDiskIsFull()
    {
        QFETCH(QStringList, command);
        QTemporaryDir base;
        TinyDisk disk(base.filePath(u"disk"_s), 16);
        if (!disk.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString diaryPath = base.filePath(u"diary.sqlite"_s);
        QVERIFY(makeDiary(diaryPath, 400));
        const QString out = base.filePath(u"disk/export.out"_s);
        const CliResult result = runCli(command + QStringList{u"--db"_s, diaryPath, u"--out"_s, out});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().contains(u"disk is full"_s), qPrintable(result.errText()));
        QVERIFY(!result.errText().contains(u"Unknown error"_s));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(base.filePath(u"disk"_s)).entryList(QDir::Files).size(), 0); // no temporary left
    }

    void aReadOnlyFolderStillLetsCommandsRead_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("check") << QStringList{u"check"_s};
        QTest::newRow("flags") << QStringList{u"flags"_s};
        QTest::newRow("export-csv") << QStringList{u"export-csv"_s, u"--out"_s, u"OUTDIR/e.csv"_s};
        QTest::newRow("export-fhir") << QStringList{u"export-fhir"_s, u"--out"_s, u"OUTDIR/b.json"_s};
        QTest::newRow("export-pdf") << QStringList{u"export-pdf"_s, u"--out"_s, u"OUTDIR/r.pdf"_s};
        QTest::newRow("backup --out") << QStringList{u"backup"_s, u"--out"_s, u"OUTDIR/c.sqlite"_s};
    }

    void aReadOnlyFolderStillLetsCommandsRead()
    {
        QFETCH(QStringList, command);
        QTemporaryDir base;
        TinyDisk disk(base.filePath(u"medium"_s), 2048);
        if (!disk.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString diaryPath = base.filePath(u"medium/diary.sqlite"_s);
        QVERIFY(makeDiary(diaryPath, 30));
        QVERIFY(!QFile::exists(diaryPath + u"-wal"_s));
        QVERIFY(disk.makeReadOnly());
        const FileState before = FileState::of(diaryPath);

        command.replaceInStrings(u"OUTDIR"_s, base.path());
        const CliResult result = runCli(command + QStringList{u"--db"_s, diaryPath});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY(FileState::of(diaryPath) == before);
    }

    void anOlderDiaryOnAReadOnlyMediumSaysWhatToDo()
    {
        QTemporaryDir base;
        TinyDisk disk(base.filePath(u"medium"_s), 2048);
        if (!disk.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString diaryPath = base.filePath(u"medium/diary.sqlite"_s);
        QVERIFY(makeDiaryAtVersion(diaryPath, latestSchemaVersion() - 1, 3));
        QVERIFY(execSql(diaryPath, "PRAGMA journal_mode = DELETE"));
        QVERIFY(disk.makeReadOnly());
        const CliResult result = runCli({u"check"_s, u"--db"_s, diaryPath});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().contains(u"older format"_s) &&
                     result.errText().contains(u"Copy the diary"_s),
                 qPrintable(result.errText()));
    }

    void aReadOnlyFolderIsNamedWhenAWriteIsRefused()
    {
        QTemporaryDir base;
        TinyDisk disk(base.filePath(u"medium"_s), 2048);
        if (!disk.isMounted())
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString diaryPath = base.filePath(u"medium/diary.sqlite"_s);
        QVERIFY(makeDiary(diaryPath, 3));
        QVERIFY(disk.makeReadOnly());
        const QString csv = base.filePath(u"e.csv"_s);
        QVERIFY(writeFile(csv, "date,author,numbness_hands\n2026-02-01,patient,3\n"));
        const CliResult result = runCli({u"import-csv"_s, u"--db"_s, diaryPath, csv});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().contains(u"folder"_s) &&
                     result.errText().contains(base.filePath(u"medium"_s)),
                 qPrintable(result.errText()));
        QVERIFY2(!result.errText().contains(u"Check its permissions"_s), qPrintable(result.errText()));
    }

    void aFolderOrAPipeAsTheDiaryIsNamed_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("pipe");
        QTest::addColumn<QString>("said");
        for (const bool pipe : {false, true}) {
            const char *what = pipe ? "a named pipe" : "a folder";
            const QString said = pipe ? u"named pipe"_s : u"is a folder"_s;
            QTest::addRow("check on %s", what) << QStringList{u"check"_s} << pipe << said;
            QTest::addRow("flags on %s", what) << QStringList{u"flags"_s} << pipe << said;
            QTest::addRow("import-csv on %s", what) << QStringList{u"import-csv"_s, u"CSV"_s} << pipe << said;
        }
    }

    void aFolderOrAPipeAsTheDiaryIsNamed()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, pipe);
        QFETCH(QString, said);
        QTemporaryDir base;
        const QString path = base.filePath(u"diary.sqlite"_s);
        if (pipe)
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            QVERIFY(QDir().mkdir(path));
        const QString csv = base.filePath(u"e.csv"_s);
        QVERIFY(writeFile(csv, "date,author,numbness_hands\n2026-02-01,patient,3\n"));
        command.replaceInStrings(u"CSV"_s, csv);
        const CliResult result = runCli(command + QStringList{u"--db"_s, path});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().contains(said), qPrintable(result.errText()));
        QVERIFY(!result.errText().contains(u"permissions"_s));
        QVERIFY(!result.errText().contains(u"disk error"_s));
    }

    // A read-only session (e.g. while the diary file was 0400) left its -shm 0400 behind.
    void aReadOnlyShmOfOurOwnIsMadeWritable()
    {
        QTemporaryDir base;
        const QString diaryPath = base.filePath(u"mine/diary.sqlite"_s);
        QVERIFY(makeNobodysDiaryWithStaleShm(base, 0400, true));
        const CliResult result =
            runAsNobody({u"import-csv"_s, u"--db"_s, diaryPath, base.filePath(u"e.csv"_s)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QCOMPARE(queryInt(diaryPath, "SELECT count(*) FROM entry"), 4);
    }

    void aReadOnlyShmOfAnotherAccountIsExplained()
    {
        QTemporaryDir base;
        const QString diaryPath = base.filePath(u"mine/diary.sqlite"_s);
        QVERIFY(makeNobodysDiaryWithStaleShm(base, 0444, false)); // the -shm stays root's
        const CliResult result =
            runAsNobody({u"import-csv"_s, u"--db"_s, diaryPath, base.filePath(u"e.csv"_s)});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.errText().contains(diaryPath + u"-shm"_s) && result.errText().contains(u"delete"_s),
                 qPrintable(result.errText()));
        QCOMPARE(queryInt(diaryPath, "SELECT count(*) FROM entry"), 3);
    }

    void manyUnknownColumnsPrintAFewProblemsAndACount()
    {
        QTemporaryDir base;
        QByteArray header = "date,author";
        QByteArray row = "2026-02-01,patient";
        for (int i = 0; i < 100000; ++i) {
            header += ",extra_" + QByteArray::number(i);
            row += ",1";
        }
        const QString csv = base.filePath(u"wide.csv"_s);
        QVERIFY(writeFile(csv, header + '\n' + row + '\n'));
        const CliResult result = runCli({u"import-csv"_s, u"--db"_s, base.filePath(u"d.sqlite"_s), csv});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.size() < 64 * 1024, qPrintable(QString::number(result.err.size())));
        QVERIFY(result.errText().contains(u"column extra_0: unknown column"_s));
        QVERIFY2(result.errText().contains(u"99980 more problems"_s), qPrintable(result.errLines().last()));
        QVERIFY(result.errText().contains(u"100000 problems found; nothing was imported"_s));
        QVERIFY(!QFile::exists(base.filePath(u"d.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestDiaryFilesMessages)
#include "tst_diary_files_messages.moc"
