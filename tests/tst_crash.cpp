// Crashes: a program saving entries, writing a backup or updating the diary's format is
// killed with SIGKILL at random moments. Every save that had returned success must still
// be there, unchanged; the file must pass integrity_check; a backup file is the last good
// one or the new one; a format update leaves the old schema or the new one.
//
// NERVEDIARY_CRASH_KILLS sets the number of kills (default 50), NERVEDIARY_CRASH_SEED the
// random seed (printed, so a failure can be replayed).
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include "storage/BackupManager.h"

#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

QString helperBinary()
{
    return qEnvironmentVariable("NERVEDIARY_SAFETY_HELPER");
}

int killCount()
{
    const int configured = qEnvironmentVariableIntValue("NERVEDIARY_CRASH_KILLS");
    return configured > 0 ? configured : 50;
}

quint32 seed()
{
    bool ok = false;
    const quint32 configured = qEnvironmentVariable("NERVEDIARY_CRASH_SEED").toUInt(&ok);
    return ok ? configured : QRandomGenerator::system()->generate();
}

// Starts the helper, waits for `lines` lines of output (or its end), sleeps a random
// moment so the kill lands anywhere in the next step, kills it and returns all it printed.
QByteArray runAndKill(const QStringList &arguments, int lines, int maxExtraMicroseconds,
                      QRandomGenerator &random, bool *finishedOnItsOwn)
{
    QProcess process;
    process.start(helperBinary(), arguments);
    if (!process.waitForStarted(10000))
        return "could not start the helper";
    QByteArray output;
    while (output.count('\n') < lines && process.state() == QProcess::Running) {
        process.waitForReadyRead(10000);
        output += process.readAllStandardOutput();
    }
    ::usleep(useconds_t(random.bounded(maxExtraMicroseconds + 1)));
    *finishedOnItsOwn = process.state() != QProcess::Running;
    if (!*finishedOnItsOwn)
        ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    output += process.readAllStandardOutput();
    return output;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(helperBinary()).isExecutable(), "NERVEDIARY_SAFETY_HELPER is not set");
    }

    void acknowledgedSavesSurviveSigkill()
    {
        TempDiary diary;
        const quint32 randomSeed = seed();
        qInfo("seed %u (set NERVEDIARY_CRASH_SEED to replay)", randomSeed);
        QRandomGenerator random(randomSeed);
        QMap<QDate, int> acknowledged; // date -> variant of the last save that returned success
        const QDate start(2020, 1, 1);
        QDate next = start;
        int killedMidRun = 0;
        const int kills = killCount();
        for (int round = 0; round < kills; ++round) {
            // Every third round goes back and overwrites days that are already saved.
            const QDate first = round % 3 == 2 ? next.addDays(-random.bounded(1, 8)) : next;
            bool finished = false;
            const QByteArray output =
                runAndKill({u"write"_s, diary.path(), first.toString(Qt::ISODate), u"30"_s},
                           random.bounded(6), 6000, random, &finished);
            killedMidRun += finished ? 0 : 1;

            int lastAcknowledged = -1;
            for (const QByteArray &line : output.split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (line.isEmpty())
                    continue;
                QVERIFY2(parts.size() == 2, line.constData());
                const QDate day = QDate::fromString(QString::fromLatin1(parts[0]), Qt::ISODate);
                QVERIFY2(day.isValid(), line.constData());
                acknowledged[day] = parts[1].toInt();
                lastAcknowledged = parts[1].toInt();
            }
            // The save in flight when the kill came may or may not have been kept.
            const QDate inFlight = first.addDays(lastAcknowledged + 1);
            const int inFlightVariant = lastAcknowledged + 1;

            // A kill right after the start may land before the program created the file:
            // nothing was acknowledged, so nothing can be missing.
            if (acknowledged.isEmpty() && !QFileInfo::exists(diary.path()))
                continue;
            Database db;
            QVERIFY2(db.open(diary.path(), Database::OpenMode::MustExist),
                     qPrintable(u"round %1: "_s.arg(round) + db.errorString()));
            QCOMPARE(db.checkIntegrity(true), QString());
            DiaryStore store(db);
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                const std::optional<Entry> saved = store.entry(it.key(), Author::Patient);
                QVERIFY2(saved.has_value(), qPrintable(u"round %1: %2 is missing"_s.arg(round).arg(
                                                it.key().toString(Qt::ISODate))));
                if (it.key() == inFlight && *saved == fullEntry(inFlight, Author::Patient, inFlightVariant)) {
                    acknowledged[inFlight] = inFlightVariant; // committed just before the kill
                    continue;
                }
                QVERIFY2(
                    *saved == fullEntry(it.key(), Author::Patient, it.value()),
                    qPrintable(u"round %1: %2 differs"_s.arg(round).arg(it.key().toString(Qt::ISODate))));
            }
            next = std::max(next, first.addDays(lastAcknowledged + 2));
        }
        qInfo("survived %d kills (%d of them in the middle of saving), %d acknowledged entries checked",
              kills, killedMidRun, int(acknowledged.size()));
        QVERIFY(killedMidRun > kills / 2);
        QVERIFY(acknowledged.size() > kills);
    }

    void aKilledBackupNeverReplacesTheLastGoodOne()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(saveDailyEntries(diary.store(), QDate(2024, 1, 1), 300));
        diary.close();
        const QString target = diary.filePath(u"copy.sqlite"_s);
        QRandomGenerator random(seed());
        bool everWritten = false;
        const int rounds = std::max(10, killCount() / 3);
        for (int round = 0; round < rounds; ++round) {
            bool finished = false;
            const QByteArray output = runAndKill({u"backup"_s, diary.path(), target, u"20"_s},
                                                 random.bounded(3), 30000, random, &finished);
            everWritten = everWritten || output.contains("done");
            if (!everWritten)
                continue;
            const BackupInfo copy = BackupManager::inspect(target);
            QVERIFY2(copy.usable, qPrintable(u"round %1: "_s.arg(round) + copy.problem));
            QCOMPARE(copy.entryCount, 300);
        }
        QVERIFY(everWritten);
    }

    void aFormatUpdateKilledHalfWayLeavesTheOldSchema()
    {
        TempDiary diary;
        QVERIFY(makeDiaryAtVersion(diary.path(), 1, 5));
        QProcess process;
        process.start(helperBinary(), {u"die-in-migration"_s, diary.path()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // it died inside the update

        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), 1);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM sqlite_schema WHERE name = 'flag_ack'"), 0);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM entry"), 5);
        Database db;
        QVERIFY2(db.open(diary.path()), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        QCOMPARE(db.checkIntegrity(true), QString());
        QCOMPARE(DiaryStore(db).entryCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
