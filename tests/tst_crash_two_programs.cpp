// Two programs on one diary, as separate processes: a second window is refused, a killed
// window frees the diary, the command line reads while the window is open, and a write
// that meets another program's write waits, then fails with exit 3 and changes nothing.
#include "CliRunner.h"
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

// A helper process that printed its first line and now waits for standard input to close.
class Holder
{
public:
    Holder(const QString &mode, const QString &diary)
    {
        m_process.start(qEnvironmentVariable("NERVEDIARY_SAFETY_HELPER"), {mode, diary});
        m_process.waitForStarted(10000);
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(10000);
        m_firstLine = m_process.readLine().trimmed();
    }
    ~Holder() { release(); }
    QByteArray firstLine() const { return m_firstLine; }
    int release()
    {
        if (m_process.state() == QProcess::Running) {
            m_process.closeWriteChannel();
            m_process.waitForFinished(10000);
        }
        return m_process.exitCode();
    }
    void kill()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }

private:
    QProcess m_process;
    QByteArray m_firstLine;
};

void fillDiary(TempDiary &diary, int count)
{
    QVERIFY(diary.open());
    QVERIFY(saveDailyEntries(diary.store(), QDate(2026, 1, 1), count));
    diary.close();
}

} // namespace

class TestTwoPrograms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void aSecondWindowIsRefusedWithAClearMessage()
    {
        TempDiary diary;
        Holder first(u"hold-lock"_s, diary.path());
        QCOMPARE(first.firstLine(), QByteArray("locked"));
        Holder second(u"hold-lock"_s, diary.path());
        QVERIFY(second.firstLine().startsWith("refused: "));
        QVERIFY(second.firstLine().contains("already open in another NerveDiary window"));
        QCOMPARE(second.release(), 3);
        QCOMPARE(first.release(), 0);
        Holder third(u"hold-lock"_s, diary.path());
        QCOMPARE(third.firstLine(), QByteArray("locked"));
    }

    void aKilledWindowFreesTheDiary()
    {
        TempDiary diary;
        Holder first(u"hold-lock"_s, diary.path());
        QCOMPARE(first.firstLine(), QByteArray("locked"));
        first.kill();
        Holder second(u"hold-lock"_s, diary.path());
        QCOMPARE(second.firstLine(), QByteArray("locked"));
    }

    void theCommandLineReadsWhileTheWindowIsOpen()
    {
        TempDiary diary;
        fillDiary(diary, 12);
        Holder window(u"hold-lock"_s, diary.path());
        QCOMPARE(window.firstLine(), QByteArray("locked"));
        QVERIFY(diary.open()); // the window's own connection
        const CliResult check = runCli({u"check"_s, u"--db"_s, diary.path()});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.outText().contains(u"12 entries"_s));
        const QString csv = diary.filePath(u"out.csv"_s);
        const CliResult exported = runCli({u"export-csv"_s, u"--db"_s, diary.path(), u"--out"_s, csv});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(fileBytes(csv).contains("2026-01-12"));
    }

    void aWriteThatMeetsALockWaitsThenFailsWithExit3()
    {
        TempDiary diary;
        fillDiary(diary, 5);
        const QStringList setBaseline = {u"set-baseline"_s, u"--db"_s, diary.path(),   u"--from"_s,
                                         u"2026-01-01"_s,   u"--to"_s, u"2026-01-05"_s};
        {
            Holder writer(u"hold-write"_s, diary.path());
            QCOMPARE(writer.firstLine(), QByteArray("holding"));
            const CliResult blocked = runCli(setBaseline);
            QVERIFY(!blocked.crashed);
            QCOMPARE(blocked.exitCode, 3);
            QCOMPARE(blocked.errLines().size(), 1);
            QVERIFY2(blocked.errText().contains(u"in use by another program"_s), blocked.err.constData());
            QCOMPARE(writer.release(), 0);
        }
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM baseline"), 0);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM entry"), 5);
        const CliResult check = runCli({u"check"_s, u"--db"_s, diary.path()});
        QCOMPARE(check.exitCode, 0);
        const CliResult retried = runCli(setBaseline);
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(queryInt(diary.path(), "SELECT count(*) FROM baseline"), 1);
    }
};

QTEST_GUILESS_MAIN(TestTwoPrograms)
#include "tst_crash_two_programs.moc"
