// The command line end to end, through the real binary: the demo → export → import →
// export pipeline, exit statuses 0/1/2/3 with one-line errors, --help for every
// command, a deterministic demo, and user-only files.
#include "CliRunner.h"
#include "TempDiary.h"
#include "cli/CliCommand.h"
#include "storage/Migrations.h"

#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kEnd = u"2026-06-30"_s;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        // A permissive umask: the modes checked below must come from the program itself.
        ::umask(022);
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(), "NERVEDIARY_BINARY must name the nervediary program");
    }

    void demoExportImportExportGivesIdenticalFiles()
    {
        // The "done when" pipeline, with the same relative names.
        TempDiary dir;
        const QString cwd = dir.folder();
        CliResult result = runCli({u"demo"_s, u"--db"_s, u"d.sqlite"_s}, cwd);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.outText().startsWith(u"Wrote a demo diary of 180 days"_s), result.out.constData());
        QCOMPARE(result.errText(), QString());
        result = runCli({u"export-csv"_s, u"--db"_s, u"d.sqlite"_s, u"--out"_s, u"a.csv"_s}, cwd);
        QCOMPARE(result.exitCode, 0);
        result = runCli({u"import-csv"_s, u"--db"_s, u"e.sqlite"_s, u"a.csv"_s}, cwd);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.outText().startsWith(u"Imported "_s), result.out.constData());
        result = runCli({u"export-csv"_s, u"--db"_s, u"e.sqlite"_s, u"--out"_s, u"b.csv"_s}, cwd);
        QCOMPARE(result.exitCode, 0);

        const QByteArray a = fileBytes(dir.filePath(u"a.csv"_s));
        QVERIFY(a.count('\n') > 150); // a real diary, not two empty files
        QCOMPARE(fileBytes(dir.filePath(u"b.csv"_s)), a);
        for (const QString &name : {u"d.sqlite"_s, u"e.sqlite"_s, u"a.csv"_s, u"b.csv"_s})
            QCOMPARE(fileMode(dir.filePath(name)), 0600);

        // The events travel too when asked for.
        QCOMPARE(runCli({u"export-csv"_s, u"--db"_s, u"d.sqlite"_s, u"--out"_s, u"a2.csv"_s,
                         u"--events-out"_s, u"ev.csv"_s},
                        cwd)
                     .exitCode,
                 0);
        QCOMPARE(
            runCli({u"import-csv"_s, u"--db"_s, u"f.sqlite"_s, u"a2.csv"_s, u"--events"_s, u"ev.csv"_s}, cwd)
                .exitCode,
            0);
        QCOMPARE(runCli({u"export-csv"_s, u"--db"_s, u"f.sqlite"_s, u"--out"_s, u"b2.csv"_s,
                         u"--events-out"_s, u"ev2.csv"_s},
                        cwd)
                     .exitCode,
                 0);
        QCOMPARE(fileBytes(dir.filePath(u"b2.csv"_s)), a);
        QVERIFY(fileBytes(dir.filePath(u"ev.csv"_s)).count('\n') > 3);
        QCOMPARE(fileBytes(dir.filePath(u"ev2.csv"_s)), fileBytes(dir.filePath(u"ev.csv"_s)));
        QCOMPARE(fileMode(dir.filePath(u"ev.csv"_s)), 0600);
    }

    void exitStatuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message"); // a part of the one error line
        // DB stands for a diary path that does not exist yet.
        const QString db = u"DB"_s;
        QTest::newRow("an unknown command is a usage error")
            << QStringList{u"frobnicate"_s} << 1 << u"unknown command 'frobnicate'"_s;
        QTest::newRow("demo without --db is a usage error") << QStringList{u"demo"_s} << 1 << u"--db"_s;
        QTest::newRow("demo with --days 0 is a usage error")
            << QStringList{u"demo"_s, u"--db"_s, db, u"--days"_s, u"0"_s} << 1 << u"--days"_s;
        QTest::newRow("demo with a seed that is not a number is a usage error")
            << QStringList{u"demo"_s, u"--db"_s, db, u"--seed"_s, u"abc"_s} << 1 << u"--seed"_s;
        QTest::newRow("demo with a bad --end is a usage error")
            << QStringList{u"demo"_s, u"--db"_s, db, u"--end"_s, u"30.06.2026"_s} << 1 << u"--end"_s;
        QTest::newRow("a bad --on-conflict is a usage error")
            << QStringList{u"import-csv"_s, u"--db"_s, db, u"x.csv"_s, u"--on-conflict"_s, u"merge"_s} << 1
            << u"--on-conflict"_s;
        QTest::newRow("import-csv without a file is a usage error")
            << QStringList{u"import-csv"_s, u"--db"_s, db} << 1 << u"entries file"_s;
        QTest::newRow("import-csv with two files is a usage error")
            << QStringList{u"import-csv"_s, u"--db"_s, db, u"a.csv"_s, u"b.csv"_s} << 1
            << u"unexpected argument 'b.csv'"_s;
        QTest::newRow("set-baseline with a bad date is a usage error")
            << QStringList{u"set-baseline"_s, u"--db"_s,      db, u"--from"_s, u"2026-13-01"_s,
                           u"--to"_s,         u"2026-12-31"_s}
            << 1 << u"2026-13-01"_s;
        QTest::newRow("set-baseline with a short date is a usage error")
            << QStringList{u"set-baseline"_s, u"--db"_s,      db, u"--from"_s, u"2026-1-1"_s,
                           u"--to"_s,         u"2026-12-31"_s}
            << 1 << u"YYYY-MM-DD"_s;
        QTest::newRow("set-baseline with --from after --to is a usage error")
            << QStringList{u"set-baseline"_s, u"--db"_s,      db, u"--from"_s, u"2026-02-01"_s,
                           u"--to"_s,         u"2026-01-01"_s}
            << 1 << u"--from"_s;
        QTest::newRow("set-baseline without --to is a usage error")
            << QStringList{u"set-baseline"_s, u"--db"_s, db, u"--from"_s, u"2026-02-01"_s} << 1 << u"--to"_s;
        QTest::newRow("an unknown option is a usage error")
            << QStringList{u"check"_s, u"--db"_s, db, u"--verbose"_s} << 1 << u"verbose"_s;
        QTest::newRow("a stray argument to a command that takes none is a usage error")
            << QStringList{u"check"_s, u"--db"_s, db, u"extra"_s} << 1 << u"unexpected argument 'extra'"_s;
        QTest::newRow("a stray argument to demo is a usage error")
            << QStringList{u"demo"_s, u"--db"_s, db, u"180"_s} << 1 << u"unexpected argument '180'"_s;
        QTest::newRow("export-csv without --out is a usage error")
            << QStringList{u"export-csv"_s, u"--db"_s, db} << 1 << u"--out"_s;
        QTest::newRow("an entries file that cannot be read is invalid input")
            << QStringList{u"import-csv"_s, u"--db"_s, db, u"missing.csv"_s} << 2
            << u"missing.csv: cannot be read"_s;
        QTest::newRow("checking a diary that does not exist is a database error")
            << QStringList{u"check"_s, u"--db"_s, db} << 3 << u"does not exist"_s;
    }

    void exitStatuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        TempDiary dir;
        arguments.replaceInStrings(u"DB"_s, dir.path());
        const CliResult result = runCli(arguments, dir.folder());
        QCOMPARE(result.exitCode, status);
        QVERIFY(!result.crashed);
        QCOMPARE(result.outText(), QString());
        // One clear line (an unreadable CSV adds the summary line of the import).
        QCOMPARE(result.errLines().size(), status == 2 ? 2 : 1);
        QVERIFY2(result.errText().contains(message), result.err.constData());
        QVERIFY(!result.errText().contains(u"QStandardPaths"_s)); // no Qt noise
        QVERIFY2(!QFile::exists(dir.path()), "a refused command must not create the diary");
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        const QStringList contract = {u"demo"_s,         u"import-csv"_s, u"export-csv"_s,
                                      u"set-baseline"_s, u"check"_s,      u"backup"_s};
        QStringList names;
        for (const auto &command : allCommands())
            names.append(command->name());
        for (const QString &name : contract)
            QVERIFY2(names.contains(name), qPrintable(name));
        const QHash<QString, QStringList> options = {
            {u"demo"_s, {u"--db"_s, u"--days"_s, u"--seed"_s, u"--end"_s}},
            {u"import-csv"_s, {u"--db"_s, u"--events"_s, u"--on-conflict"_s, u"ENTRIES.csv"_s}},
            {u"export-csv"_s, {u"--db"_s, u"--out"_s, u"--events-out"_s}},
            {u"set-baseline"_s, {u"--db"_s, u"--from"_s, u"--to"_s}},
            {u"check"_s, {u"--db"_s}},
            {u"backup"_s, {u"--db"_s, u"--out"_s}},
        };
        for (const QString &name : std::as_const(names))
            QTest::addRow("%s --help", qPrintable(name)) << name << options.value(name, {u"--help"_s});
    }

    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const CliResult result = runCli({command, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.errText(), QString());
        const QString help = result.outText();
        const QString usage = help.section(u'\n', 0, 0);
        QVERIFY2(usage.startsWith(u"Usage: "_s) &&
                     usage.contains(u"nervediary "_s + command + u" [options]"_s),
                 qPrintable(usage));
        for (const QString &option : options)
            QVERIFY2(help.contains(option), qPrintable(option));
        QVERIFY(help.count(u'\n') >= 4);
    }

    void demoIsDeterministic()
    {
        TempDiary dir;
        const auto demo = [&](const QString &name, const QString &seed) -> QByteArray {
            const QString db = dir.filePath(name + u".sqlite"_s);
            const QString csv = dir.filePath(name + u".csv"_s);
            const QString events = dir.filePath(name + u"-events.csv"_s);
            if (runCli({u"demo"_s, u"--db"_s, db, u"--seed"_s, seed, u"--end"_s, kEnd, u"--days"_s, u"90"_s})
                    .exitCode != 0)
                return "demo failed";
            if (runCli({u"export-csv"_s, u"--db"_s, db, u"--out"_s, csv, u"--events-out"_s, events})
                    .exitCode != 0)
                return "export failed";
            return fileBytes(csv) + "\n--\n" + fileBytes(events);
        };
        const QByteArray first = demo(u"one"_s, u"42"_s);
        const QByteArray second = demo(u"two"_s, u"42"_s);
        const QByteArray other = demo(u"three"_s, u"43"_s);
        QVERIFY(first.size() > 1000);
        QCOMPARE(second, first);
        QVERIFY(other != first);
        // 90 days ending on --end.
        const QList<QByteArray> lines = first.split('\n');
        QVERIFY(lines[1].startsWith("2026-04-02,"));
        QVERIFY(first.contains("\n2026-06-30,"));
        QVERIFY(!first.contains("\n2026-07-01,"));
    }

    void demoRefusesADiaryThatHoldsData()
    {
        TempDiary dir;
        QCOMPARE(runCli({u"demo"_s, u"--db"_s, dir.path(), u"--days"_s, u"20"_s, u"--end"_s, kEnd}).exitCode,
                 0);
        const FileState before = FileState::of(dir.path());
        const CliResult again = runCli({u"demo"_s, u"--db"_s, dir.path(), u"--end"_s, kEnd});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.errLines().size(), 1);
        QVERIFY2(again.errText().contains(u"already holds a diary"_s), again.err.constData());
        QVERIFY(FileState::of(dir.path()) == before);
    }

    void setBaselineAndCheck()
    {
        TempDiary dir;
        QCOMPARE(runCli({u"demo"_s, u"--db"_s, dir.path(), u"--days"_s, u"30"_s, u"--end"_s, kEnd}).exitCode,
                 0);
        CliResult result = runCli({u"set-baseline"_s, u"--db"_s, dir.path(), u"--from"_s, u"2026-06-01"_s,
                                   u"--to"_s, u"2026-06-07"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.errText(), QString());
        QVERIFY(dir.open(Database::OpenMode::MustExist));
        QCOMPARE(dir.store().baseline(),
                 std::optional<BaselinePeriod>(BaselinePeriod{QDate(2026, 6, 1), QDate(2026, 6, 7)}));
        const int entries = dir.store().entryCount();
        const qsizetype events = dir.store().events().size();
        dir.close();

        result = runCli({u"check"_s, u"--db"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outText(),
                 u"ok: %1 entries, %2 treatment events, format version %3\n"_s.arg(entries).arg(events).arg(
                     latestSchemaVersion()));
    }

    void backupIsAPrivateWorkingCopy()
    {
        TempDiary dir;
        QCOMPARE(runCli({u"demo"_s, u"--db"_s, dir.path(), u"--days"_s, u"30"_s, u"--end"_s, kEnd}).exitCode,
                 0);
        const QString copy = dir.filePath(u"copies/copy.sqlite"_s);
        const CliResult result = runCli({u"backup"_s, u"--db"_s, dir.path(), u"--out"_s, copy});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(fileMode(copy), 0600);
        QCOMPARE(runCli({u"check"_s, u"--db"_s, copy}).exitCode, 0);
        QCOMPARE(
            runCli({u"export-csv"_s, u"--db"_s, dir.path(), u"--out"_s, dir.filePath(u"a.csv"_s)}).exitCode,
            0);
        QCOMPARE(runCli({u"export-csv"_s, u"--db"_s, copy, u"--out"_s, dir.filePath(u"b.csv"_s)}).exitCode,
                 0);
        QCOMPARE(fileBytes(dir.filePath(u"b.csv"_s)), fileBytes(dir.filePath(u"a.csv"_s)));
    }

    void everyFileIsUserOnly()
    {
        TempDiary dir;
        QCOMPARE(runCli({u"demo"_s, u"--db"_s, dir.path(), u"--days"_s, u"30"_s, u"--end"_s, kEnd}).exitCode,
                 0);
        QCOMPARE(fileMode(dir.path()), 0600);

        // While another connection keeps the write-ahead log alive, a write through the
        // program must leave it (and its index) user-only as well.
        QVERIFY(dir.open(Database::OpenMode::MustExist));
        QVERIFY(dir.store().entryCount() > 0);
        QCOMPARE(runCli({u"set-baseline"_s, u"--db"_s, dir.path(), u"--from"_s, u"2026-06-01"_s, u"--to"_s,
                         u"2026-06-02"_s})
                     .exitCode,
                 0);
        QVERIFY(QFile::exists(dir.path() + u"-wal"_s));
        QCOMPARE(fileMode(dir.path() + u"-wal"_s), 0600);
        QCOMPARE(fileMode(dir.path() + u"-shm"_s), 0600);
        dir.close();

        // An export replaces an existing world-readable file with a private one.
        const QString out = dir.filePath(u"shared.csv"_s);
        QVERIFY(writeFile(out, "old"));
        QVERIFY(::chmod(QFile::encodeName(out).constData(), 0644) == 0);
        QCOMPARE(runCli({u"export-csv"_s, u"--db"_s, dir.path(), u"--out"_s, out}).exitCode, 0);
        QCOMPARE(fileMode(out), 0600);
        QVERIFY(fileBytes(out).startsWith("date,author,"));
        // A diary created by an import is private too.
        const QString imported = dir.filePath(u"new/imported.sqlite"_s);
        QCOMPARE(runCli({u"import-csv"_s, u"--db"_s, imported, out}).exitCode, 0);
        QCOMPARE(fileMode(imported), 0600);
    }

    void unwritableExportPathIsExitTwo()
    {
        TempDiary dir;
        QCOMPARE(runCli({u"demo"_s, u"--db"_s, dir.path(), u"--days"_s, u"5"_s, u"--end"_s, kEnd}).exitCode,
                 0);
        // The folder for the export is a file: nothing can be written there.
        QVERIFY(writeFile(dir.filePath(u"blocker"_s), "x"));
        const CliResult result =
            runCli({u"export-csv"_s, u"--db"_s, dir.path(), u"--out"_s, dir.filePath(u"blocker/out.csv"_s)});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().startsWith(u"nervediary: "_s), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
