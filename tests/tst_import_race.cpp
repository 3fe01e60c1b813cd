// Two imports of the same days at once (issue 14 item 2): conflicts are decided inside the
// write transaction, so the second import either waits and then reports its conflicts (exit 2,
// nothing written) or is told the diary is busy (exit 3) — never two "Imported …". Run as
// real processes, many rounds, a few seconds in all.
#include "CliRunner.h"
#include "TempDiary.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDays = 2000;
// How long each race runs (at least three rounds); NERVEDIARY_RACE_SECONDS runs it longer.
qint64 raceMilliseconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("NERVEDIARY_RACE_SECONDS", &ok);
    return ok && seconds > 0 ? seconds * 1000LL : 4000;
}

QByteArray entriesCsv(const QByteArray &note, int days)
{
    QByteArray csv = "date,author,numbness_hands,note\n";
    for (int i = 0; i < days; ++i)
        csv += QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate).toUtf8() + ",patient," +
               QByteArray::number(i % 11) + "," + note + "\n";
    return csv;
}

const QByteArray kEventsCsv = "date,kind,name,note\n"
                              "2020-01-03,infusion,nivolumab,cycle 1\n"
                              "2020-01-24,infusion,nivolumab,cycle 2\n"
                              "2020-02-01,appointment,neurology,\n";

struct Outcome
{
    int exitCode = -1;
    QString err;
};

// Starts both imports at once and waits for both.
QList<Outcome> importTogether(const QStringList &first, const QStringList &second)
{
    QProcess a;
    QProcess b;
    a.start(cliBinary(), first);
    b.start(cliBinary(), second);
    QList<Outcome> outcomes;
    for (QProcess *process : {&a, &b}) {
        process->waitForFinished(60000);
        outcomes.append({process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                         QString::fromUtf8(process->readAllStandardError())});
    }
    return outcomes;
}

} // namespace

class TestImportRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(), "NERVEDIARY_BINARY is not set");
    }

    void twoImportsOfTheSameDaysNeverBothSucceed()
    {
        QTemporaryDir files;
        const QString fromA = files.filePath(u"a.csv"_s);
        const QString fromB = files.filePath(u"b.csv"_s);
        const QString events = files.filePath(u"events.csv"_s);
        QVERIFY(writeFile(fromA, entriesCsv("from A", kDays)));
        QVERIFY(writeFile(fromB, entriesCsv("from B", kDays)));
        QVERIFY(writeFile(events, kEventsCsv));

        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        int waitedAndReported = 0;
        while (rounds < 3 || timer.elapsed() < raceMilliseconds()) {
            ++rounds;
            TempDiary diary;
            QVERIFY(
                makeDiaryThroughCli(diary.path(), 0, false)); // the race is about the import, not creation
            const QStringList common = {u"--db"_s, diary.path(), u"--events"_s, events};
            const QList<Outcome> outcomes = importTogether(QStringList{u"import-csv"_s, fromA} + common,
                                                           QStringList{u"import-csv"_s, fromB} + common);
            const int successes = int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                                    [](const Outcome &o) { return o.exitCode == 0; }));
            QVERIFY2(successes == 1,
                     qPrintable(u"round %1: %2 imports reported success; stderr: %3 | %4"_s.arg(rounds)
                                    .arg(successes)
                                    .arg(outcomes[0].err, outcomes[1].err)));
            const Outcome &loser = outcomes[0].exitCode == 0 ? outcomes[1] : outcomes[0];
            QVERIFY2(loser.exitCode == 2 || loser.exitCode == 3, qPrintable(loser.err));
            if (loser.exitCode == 2) {
                QVERIFY2(loser.err.contains(u"nothing was imported"_s), qPrintable(loser.err));
                ++waitedAndReported;
            } else {
                QVERIFY2(loser.err.contains(u"in use by another program"_s), qPrintable(loser.err));
            }

            // Exactly one file's notes, every day once, every event once.
            const QByteArray winner = outcomes[0].exitCode == 0 ? "from A" : "from B";
            QVERIFY(diary.open());
            QCOMPARE(diary.store().entryCount(), kDays);
            const QList<Entry> entries = diary.store().entries();
            QVERIFY(std::all_of(entries.cbegin(), entries.cend(),
                                [&](const Entry &e) { return e.note() == QString::fromUtf8(winner); }));
            QCOMPARE(diary.store().events().size(), 3);
        }
        qInfo("%d rounds; the second import waited and reported its conflicts in %d", rounds,
              waitedAndReported);
    }

    void twoImportsOfTheSameEventsStoreEachEventOnce()
    {
        QTemporaryDir files;
        const QString noEntries = files.filePath(u"none.csv"_s);
        const QString events = files.filePath(u"events.csv"_s);
        QVERIFY(writeFile(noEntries, "date,author\n"));
        QVERIFY(writeFile(events, kEventsCsv));
        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        while (rounds < 3 || timer.elapsed() < raceMilliseconds() / 2) {
            ++rounds;
            TempDiary diary;
            QVERIFY(makeDiaryThroughCli(diary.path(), 0, false));
            const QStringList command = {u"import-csv"_s, noEntries, u"--events"_s,
                                         events,          u"--db"_s, diary.path()};
            const QList<Outcome> outcomes = importTogether(command, command);
            const int successes = int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                                    [](const Outcome &o) { return o.exitCode == 0; }));
            QCOMPARE(successes, 1);
            QVERIFY(diary.open());
            QCOMPARE(diary.store().events().size(), 3);
        }
    }

    // Inside one process: the default policy never replaces, even when the check was passed.
    void failPolicyNeverReplacesAStoredEntry()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        Entry stored(QDate(2020, 1, 1), Author::Patient);
        stored.setNote(u"typed in the window"_s);
        QVERIFY(diary.store().saveEntry(stored));
        Entry imported(QDate(2020, 1, 1), Author::Patient);
        imported.setNote(u"from a file"_s);
        QVERIFY(!diary.store().saveEntries({imported}, {}, DiaryStore::SaveMode::InsertOnly));
        QCOMPARE(diary.store().error().kind, DbErrorKind::Invalid);
        QCOMPARE(diary.store().entry(QDate(2020, 1, 1), Author::Patient)->note(), u"typed in the window"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportRace)
#include "tst_import_race.moc"
