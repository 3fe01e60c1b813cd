// Private by default: the diary and its -wal/-shm files, backups, exports and the lock
// file are user-only (0600, folders 0700) even under a permissive umask; the program links
// no network code; and diary content never reaches the log, even with debug logging on.
#include "CliRunner.h"
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include "storage/BackupManager.h"
#include "storage/DiaryLock.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kSecretNote = u"ZEBRA-SECRET-NOTE"_s;
const QString kSecretEvent = u"OKAPI-SECRET-DRUG"_s;

QString toolOutput(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        ::umask(022); // what a desktop session usually has: the code must not rely on main()'s umask
    }

    void diaryAndItsSideFilesAreUserOnly()
    {
        TempDiary diary;
        const QString path = diary.filePath(u"new-folder/diary.sqlite"_s);
        Database db;
        QVERIFY(db.open(path));
        DiaryStore store(db);
        QVERIFY(store.saveEntry(fullEntry(QDate(2026, 1, 1), Author::Patient)));
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(fileMode(path + u"-wal"_s), 0600);
        QCOMPARE(fileMode(path + u"-shm"_s), 0600);
        QCOMPARE(fileMode(QFileInfo(path).absolutePath()), 0700);

        DiaryLock lock(path);
        QVERIFY(lock.tryLock());
        QCOMPARE(fileMode(lock.lockPath()), 0600);
    }

    void backupsAreUserOnly()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(diary.store().saveEntry(fullEntry(QDate(2026, 1, 1), Author::Patient)));
        BackupManager backups(diary.path());
        const QString copy = backups.backUp(diary.db());
        QVERIFY(!copy.isEmpty());
        QCOMPARE(fileMode(backups.folder()), 0700);
        QCOMPARE(fileMode(copy), 0600);
        diary.close();

        const QString out = diary.filePath(u"copy.sqlite"_s);
        QCOMPARE(runCli({u"backup"_s, u"--db"_s, diary.path(), u"--out"_s, out}).exitCode, 0);
        QCOMPARE(fileMode(out), 0600);
    }

    void exportsAreUserOnly()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(diary.store().saveEntry(fullEntry(QDate(2026, 1, 1), Author::Patient)));
        diary.close();
        const QString csv = diary.filePath(u"entries.csv"_s);
        const QString events = diary.filePath(u"events.csv"_s);
        QCOMPARE(
            runCli({u"export-csv"_s, u"--db"_s, diary.path(), u"--out"_s, csv, u"--events-out"_s, events})
                .exitCode,
            0);
        QCOMPARE(fileMode(csv), 0600);
        QCOMPARE(fileMode(events), 0600);
    }

    void theProgramLinksNoNetworkCode()
    {
        const QString binary = cliBinary();
        QVERIFY(QFileInfo(binary).isExecutable());
        const QString libraries = toolOutput(u"ldd"_s, {binary});
        QVERIFY2(libraries.contains(u"libQt6Core"_s), "ldd gave no answer");
        QVERIFY2(!libraries.contains(u"libQt6Network"_s), qPrintable(libraries));

        const QStringList imported =
            toolOutput(u"nm"_s, {u"-D"_s, u"--undefined-only"_s, u"--format=just-symbols"_s, binary})
                .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!imported.isEmpty(), "nm gave no answer");
        static const QStringList networkCalls = {u"socket"_s,      u"connect"_s,       u"bind"_s,
                                                 u"listen"_s,      u"accept"_s,        u"sendto"_s,
                                                 u"getaddrinfo"_s, u"gethostbyname"_s, u"curl_easy_init"_s};
        for (const QString &symbol : imported) {
            const QString name = symbol.section(u'@', 0, 0);
            QVERIFY2(!networkCalls.contains(name), qPrintable(u"the program imports "_s + name));
            QVERIFY2(!name.contains(u"QNetwork"_s) && !name.contains(u"QTcpSocket"_s) &&
                         !name.contains(u"QUdpSocket"_s),
                     qPrintable(u"the program imports "_s + name));
        }
    }

    void nothingAboutTheDiaryReachesTheLog()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        Entry entry = fullEntry(QDate(2026, 1, 5), Author::Patient);
        entry.setNote(kSecretNote);
        QVERIFY(diary.store().saveEntry(entry));
        TreatmentEvent treatment = nd::test::makeEvent(QDate(2026, 1, 2), EventKind::Infusion, kSecretEvent);
        QVERIFY(diary.store().addEvent(treatment) != 0);
        diary.close();

        qputenv("QT_LOGGING_RULES", "*.debug=true");
        const QString csv = diary.filePath(u"entries.csv"_s);
        const QString events = diary.filePath(u"events.csv"_s);
        const QList<QStringList> commands = {
            {u"check"_s, u"--db"_s, diary.path()},
            {u"backup"_s, u"--db"_s, diary.path()},
            {u"export-csv"_s, u"--db"_s, diary.path(), u"--out"_s, csv, u"--events-out"_s, events},
            {u"import-csv"_s, u"--db"_s, diary.filePath(u"second.sqlite"_s), csv, u"--events"_s, events},
            {u"import-csv"_s, u"--db"_s, diary.path(), csv, u"--on-conflict"_s, u"fail"_s},
        };
        for (const QStringList &arguments : commands) {
            const CliResult result = runCli(arguments);
            QVERIFY2(!result.errText().contains(kSecretNote), qPrintable(arguments.join(u' ')));
            QVERIFY2(!result.errText().contains(kSecretEvent), qPrintable(arguments.join(u' ')));
        }
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY(fileBytes(csv).contains(kSecretNote.toUtf8())); // the content did go where it was asked to
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
