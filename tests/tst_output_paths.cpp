// No command writes over a diary (FORMATS.md, issue 14 items 1 and 6): every --out and
// --events-out that leads to the diary, its -wal/-shm/-journal/lock file or one of its backups
// (by the same path, another path, a symlink or a hard link, existing or not) is refused with
// exit status 1 before anything is written; and temporary files are never written through a
// leftover or planted symlink.
#include "CliRunner.h"
#include "SampleData.h"
#include "TempDiary.h"
#include "storage/BackupManager.h"
#include "storage/DiaryFiles.h"
#include "util/PrivateFiles.h"

#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

bool makeDiary(TempDiary &diary)
{
    return makeDiaryThroughCli(diary.path(), 5);
}

bool symlinkTo(const QString &target, const QString &link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}

// Where an output option points, relative to the diary's folder, made by `prepare`.
enum class Target {
    DiarySamePath,
    DiaryOtherPath,
    DiarySymlink,
    DiaryHardLink,
    DiaryThroughSymlinkedFolder,
    Wal,
    Shm,
    Journal,
    Lock,
    SymlinkToMissingWal,
    ExistingBackup,
};

} // namespace

class TestOutputPaths : public QObject
{
    Q_OBJECT

private:
    // Makes the path the command is given for `target`; empty on failure.
    QString prepare(TempDiary &diary, Target target)
    {
        const QString path = diary.path();
        switch (target) {
        case Target::DiarySamePath:
            return path;
        case Target::DiaryOtherPath:
            return QDir(diary.folder()).mkdir(u"sub"_s) ? diary.filePath(u"sub/../diary.sqlite"_s)
                                                        : QString();
        case Target::DiarySymlink:
            return symlinkTo(path, diary.filePath(u"report.csv"_s)) ? diary.filePath(u"report.csv"_s)
                                                                    : QString();
        case Target::DiaryHardLink:
            return ::link(QFile::encodeName(path).constData(),
                          QFile::encodeName(diary.filePath(u"other-name.csv"_s)).constData()) == 0
                       ? diary.filePath(u"other-name.csv"_s)
                       : QString();
        case Target::DiaryThroughSymlinkedFolder:
            return symlinkTo(diary.folder(), diary.filePath(u"alias"_s))
                       ? diary.filePath(u"alias/diary.sqlite"_s)
                       : QString();
        case Target::Wal:
            return path + u"-wal"_s;
        case Target::Shm:
            return path + u"-shm"_s;
        case Target::Journal:
            return path + u"-journal"_s;
        case Target::Lock:
            return writeFile(path + u".lock"_s, "") ? path + u".lock"_s : QString();
        case Target::SymlinkToMissingWal:
            return symlinkTo(path + u"-wal"_s, diary.filePath(u"copy.sqlite"_s))
                       ? diary.filePath(u"copy.sqlite"_s)
                       : QString();
        case Target::ExistingBackup: {
            const CliResult made = runCli({u"backup"_s, u"--db"_s, path});
            const QList<BackupInfo> backups = BackupManager(path).list(false);
            return made.exitCode == 0 && backups.size() == 1 ? backups.first().path : QString();
        }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(), "NERVEDIARY_BINARY is not set");
    }

    void outputOverADiaryFileIsRefused_data()
    {
        QTest::addColumn<QStringList>("command"); // OUT stands for the output path
        QTest::addColumn<int>("target");
        const QList<std::pair<const char *, QStringList>> commands = {
            {"export-csv --out", {u"export-csv"_s, u"--out"_s, u"OUT"_s}},
            {"export-csv --events-out",
             {u"export-csv"_s, u"--out"_s, u"ENTRIES"_s, u"--events-out"_s, u"OUT"_s}},
            {"export-pdf --out", {u"export-pdf"_s, u"--out"_s, u"OUT"_s}},
            {"export-fhir --out", {u"export-fhir"_s, u"--out"_s, u"OUT"_s}},
            {"backup --out", {u"backup"_s, u"--out"_s, u"OUT"_s}},
        };
        const QList<std::pair<const char *, Target>> targets = {
            {"the diary by its own path", Target::DiarySamePath},
            {"the diary by another path to it", Target::DiaryOtherPath},
            {"a symlink to the diary", Target::DiarySymlink},
            {"a hard link to the diary", Target::DiaryHardLink},
            {"the diary through a symlinked folder", Target::DiaryThroughSymlinkedFolder},
            {"its -wal file (not there yet)", Target::Wal},
            {"its -shm file (not there yet)", Target::Shm},
            {"its -journal file", Target::Journal},
            {"its lock file", Target::Lock},
            {"a symlink to its missing -wal", Target::SymlinkToMissingWal},
            {"one of its backups", Target::ExistingBackup},
        };
        for (const auto &[commandName, command] : commands) {
            for (const auto &[targetName, target] : targets)
                QTest::addRow("%s aimed at %s", commandName, targetName) << command << int(target);
        }
    }

    void outputOverADiaryFileIsRefused()
    {
        QFETCH(QStringList, command);
        QFETCH(int, target);
        TempDiary diary;
        QVERIFY(makeDiary(diary));
        const QString out = prepare(diary, Target(target));
        QVERIFY(!out.isEmpty());
        const FileState diaryBefore = FileState::of(diary.path());
        const FileState outBefore = FileState::of(out);
        const QStringList backupsBefore = QDir(BackupManager(diary.path()).folder()).entryList(QDir::Files);

        QStringList arguments = command;
        arguments.replaceInStrings(u"ENTRIES"_s, diary.filePath(u"entries.csv"_s));
        arguments.replace(arguments.indexOf(u"OUT"_s), out);
        const CliResult result = runCli(arguments + QStringList{u"--db"_s, diary.path()});

        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errText().contains(u"diary"_s) && result.errText().contains(u"Nothing was written"_s),
                 qPrintable(result.errText()));
        QVERIFY(result.out.isEmpty()); // no "Exported …"
        QVERIFY(FileState::of(diary.path()) == diaryBefore);
        QVERIFY(FileState::of(out) == outBefore);
        QVERIFY(!QFile::exists(diary.filePath(u"entries.csv"_s))); // refused before anything was written
        QCOMPARE(QDir(BackupManager(diary.path()).folder()).entryList(QDir::Files), backupsBefore);
        QCOMPARE(runCli({u"check"_s, u"--db"_s, diary.path()}).exitCode, 0);
    }

    void ordinaryOutputsAreStillWritten_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("export-csv") << QStringList{u"export-csv"_s, u"--out"_s, u"OUT"_s};
        QTest::newRow("export-fhir") << QStringList{u"export-fhir"_s, u"--out"_s, u"OUT"_s};
        QTest::newRow("backup") << QStringList{u"backup"_s, u"--out"_s, u"OUT"_s};
    }

    void ordinaryOutputsAreStillWritten()
    {
        QFETCH(QStringList, command);
        TempDiary diary;
        QVERIFY(makeDiary(diary));
        // A file whose name merely starts like the diary's is not one of its files.
        const QString out = diary.path() + u"-wal.copy"_s;
        command.replace(command.indexOf(u"OUT"_s), out);
        const CliResult result = runCli(command + QStringList{u"--db"_s, diary.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY(QFileInfo(out).size() > 0);
    }

    // The one check the CLI and the Save dialogs share.
    void theSharedCheckNamesWhatItRefuses()
    {
        TempDiary diary;
        QVERIFY(makeDiary(diary));
        QVERIFY(DiaryFiles::refuseOutput(diary.path(), diary.path()).contains(u"diary itself"_s));
        QVERIFY(DiaryFiles::refuseOutput(diary.path() + u"-shm"_s, diary.path()).contains(u"diary itself"_s));
        QVERIFY(DiaryFiles::refuseOutput(diary.filePath(u"report.csv"_s), diary.path()).isEmpty());
    }

    // Item 6: a leftover OUT.part symlink pointing at the diary is never written through.
    void aPlantedPartSymlinkIsNotFollowed_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("outName");
        QTest::newRow("export-csv") << QStringList{u"export-csv"_s, u"--out"_s} << u"r.csv"_s;
        QTest::newRow("export-csv --events-out")
            << QStringList{u"export-csv"_s, u"--out"_s, u"ENTRIES"_s, u"--events-out"_s} << u"e.csv"_s;
        QTest::newRow("export-fhir") << QStringList{u"export-fhir"_s, u"--out"_s} << u"b.json"_s;
        QTest::newRow("export-pdf") << QStringList{u"export-pdf"_s, u"--out"_s} << u"r.pdf"_s;
        QTest::newRow("backup") << QStringList{u"backup"_s, u"--out"_s} << u"c.sqlite"_s;
    }

    void aPlantedPartSymlinkIsNotFollowed()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, outName);
        TempDiary diary;
        QVERIFY(makeDiary(diary));
        const QString out = diary.filePath(outName);
        QVERIFY(symlinkTo(diary.path(), out + u".part"_s));
        const FileState diaryBefore = FileState::of(diary.path());

        command.replaceInStrings(u"ENTRIES"_s, diary.filePath(u"entries.csv"_s));
        const CliResult result = runCli(command + QStringList{out, u"--db"_s, diary.path()});

        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY(FileState::of(diary.path()) == diaryBefore);
        QVERIFY(QFileInfo(out + u".part"_s).isSymLink()); // left as it was
        QVERIFY(!QFileInfo(out).isSymLink());
        QVERIFY(QFileInfo(out).size() > 0);
        QCOMPARE(fileMode(out), 0600);
        QCOMPARE(runCli({u"check"_s, u"--db"_s, diary.path()}).exitCode, 0);
    }

    void atomicWritesNeverFollowATemporarySymlink()
    {
        TempDiary diary;
        QVERIFY(makeDiary(diary));
        const QString out = diary.filePath(u"draft.json"_s);
        QVERIFY(symlinkTo(diary.path(), out + u".part"_s));
        const FileState diaryBefore = FileState::of(diary.path());
        QString error;
        QVERIFY2(PrivateFiles::writeAtomically(out, "{}", &error), qPrintable(error));
        QCOMPARE(fileBytes(out), QByteArray("{}"));
        QVERIFY(FileState::of(diary.path()) == diaryBefore);
    }
};

QTEST_GUILESS_MAIN(TestOutputPaths)
#include "tst_output_paths.moc"
