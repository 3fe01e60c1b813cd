// What Settings installs so the reminder comes with the window closed: a systemd user
// timer and its service (checked with systemd-analyze verify), or an XDG autostart entry
// (checked with desktop-file-validate), updated when the time changes and gone when the
// reminder is turned off. Everything goes into a temporary XDG_CONFIG_HOME.
#include "reminder/ReminderInstaller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {
QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    // systemd-analyze --user wants a runtime folder, which a CI container may not have.
    static QTemporaryDir runtime;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value(u"XDG_RUNTIME_DIR"_s).isEmpty())
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ToolRun run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}
} // namespace

class TestReminderUnits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QStringList m_systemctlCalls;

    // The real program, reached through a folder whose name needs quoting in both file kinds.
    QString program()
    {
        const QString folder = m_home->filePath(u"odd place 100%/bin"_s);
        const QString link = folder + u"/nervediary"_s;
        if (!QFileInfo(link).isSymLink()) {
            QDir().mkpath(folder);
            QFile::link(qEnvironmentVariable("NERVEDIARY_BINARY"), link);
        }
        return link;
    }

    ReminderInstaller installer(bool userManager)
    {
        ReminderInstaller::Environment env;
        env.configHome = m_home->filePath(u"config"_s);
        env.program = program();
        env.hasUserManager = userManager;
        env.systemctl = [this](const QStringList &arguments) {
            m_systemctlCalls.append(arguments.join(u' '));
            return true;
        };
        return ReminderInstaller(env);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_systemctlCalls.clear();
    }

    void theTimerAndServicePassSystemdAnalyzeVerify()
    {
        const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed (scripts/setup.sh --test installs it)");
        ReminderInstaller timer = installer(true);
        QVERIFY2(timer.install(QTime(20, 15)), qPrintable(timer.errorString()));
        const QDir units(timer.unitFolder());
        const ToolRun run =
            runTool(analyze, {u"--user"_s, u"verify"_s, units.filePath(ReminderInstaller::kTimerName),
                              units.filePath(ReminderInstaller::kServiceName)});
        QVERIFY2(run.exitCode == 0 && run.output.trimmed().isEmpty(), qPrintable(run.output));
    }

    void theTimerRunsRemindAtTheChosenTimeAndCatchesUp()
    {
        ReminderInstaller timer = installer(true);
        QCOMPARE(timer.kind(), ReminderInstaller::Kind::SystemdTimer);
        QVERIFY(timer.install(QTime(20, 15)));
        const QDir units(timer.unitFolder());
        const QString timerText = read(units.filePath(ReminderInstaller::kTimerName));
        QVERIFY(timerText.contains(u"\nOnCalendar=*-*-* 20:15:00\n"_s));
        QVERIFY(timerText.contains(u"\nPersistent=true\n"_s));
        const QString service = read(units.filePath(ReminderInstaller::kServiceName));
        QVERIFY2(service.contains(
                     u"\nExecStart=\"%1\" remind\n"_s.arg(QString(program()).replace(u"%"_s, u"%%"_s))),
                 qPrintable(service));
        // Inert once the program is gone (an uninstalled package): nothing runs, nothing fails.
        QVERIFY(timerText.contains(u"\nConditionFileIsExecutable="_s));
        QVERIFY(service.contains(u"\nConditionFileIsExecutable="_s));
        QVERIFY(
            QFileInfo(units.filePath(u"timers.target.wants/"_s + ReminderInstaller::kTimerName)).isSymLink());
        QCOMPARE(m_systemctlCalls, QStringList({u"daemon-reload"_s, u"restart nervediary-reminder.timer"_s}));
        QVERIFY(timer.isInstalled(QTime(20, 15)));
    }

    void aNewTimeRewritesTheTimerAndTheSameTimeTouchesNothing()
    {
        ReminderInstaller timer = installer(true);
        QVERIFY(timer.install(QTime(20, 0)));
        m_systemctlCalls.clear();
        QVERIFY(timer.install(QTime(20, 0)));
        QCOMPARE(m_systemctlCalls, QStringList());
        QVERIFY(timer.install(QTime(7, 30)));
        QVERIFY(read(QDir(timer.unitFolder()).filePath(ReminderInstaller::kTimerName))
                    .contains(u"OnCalendar=*-*-* 07:30:00"_s));
        QCOMPARE(m_systemctlCalls, QStringList({u"daemon-reload"_s, u"restart nervediary-reminder.timer"_s}));
        QVERIFY(!timer.isInstalled(QTime(20, 0)));
    }

    void turningTheReminderOffLeavesNothingBehind_data()
    {
        QTest::addColumn<bool>("userManager");
        QTest::newRow("a systemd timer") << true;
        QTest::newRow("an autostart entry") << false;
    }
    void turningTheReminderOffLeavesNothingBehind()
    {
        QFETCH(bool, userManager);
        ReminderInstaller reminder = installer(userManager);
        QVERIFY(reminder.install(QTime(20, 0)));
        QVERIFY(reminder.remove());
        for (const QString &folder : {reminder.unitFolder(), reminder.autostartFolder()}) {
            const QDir dir(folder);
            QCOMPARE(dir.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot), QStringList());
            QCOMPARE(QDir(dir.filePath(u"timers.target.wants"_s)).entryList(QDir::Files | QDir::System),
                     QStringList());
        }
        if (userManager)
            QCOMPARE(m_systemctlCalls.mid(2),
                     QStringList({u"stop nervediary-reminder.timer"_s, u"daemon-reload"_s}));
        QVERIFY(reminder.remove()); // nothing left to remove is fine
    }

    void withoutAUserManagerAnAutostartEntryRunsRemindAtLogin()
    {
        ReminderInstaller autostart = installer(false);
        QCOMPARE(autostart.kind(), ReminderInstaller::Kind::Autostart);
        QVERIFY(autostart.install(QTime(20, 0)));
        const QString path = QDir(autostart.autostartFolder()).filePath(ReminderInstaller::kAutostartName);
        const QString entry = read(path);
        QVERIFY2(entry.contains(u"\nExec=\"%1\" remind\n"_s.arg(QString(program()).replace(u"%"_s, u"%%"_s))),
                 qPrintable(entry));
        QVERIFY(entry.contains(u"\nTryExec=%1\n"_s.arg(program()))); // ignored once the program is gone
        QVERIFY(!QFileInfo::exists(QDir(autostart.unitFolder()).filePath(ReminderInstaller::kTimerName)));
        QCOMPARE(m_systemctlCalls, QStringList());
        const QString validate = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (validate.isEmpty())
            QSKIP("desktop-file-validate is not installed (scripts/setup.sh --test installs it)");
        const ToolRun run = runTool(validate, {path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    }

    void switchingKindRemovesTheOtherOne()
    {
        QVERIFY(installer(false).install(QTime(20, 0)));
        ReminderInstaller timer = installer(true);
        QVERIFY(timer.install(QTime(20, 0)));
        QVERIFY(
            !QFileInfo::exists(QDir(timer.autostartFolder()).filePath(ReminderInstaller::kAutostartName)));
        QVERIFY(installer(false).install(QTime(20, 0)));
        QVERIFY(!QFileInfo::exists(QDir(timer.unitFolder()).filePath(ReminderInstaller::kTimerName)));
        QVERIFY(
            !QFileInfo(
                 QDir(timer.unitFolder()).filePath(u"timers.target.wants/"_s + ReminderInstaller::kTimerName))
                 .isSymLink());
    }

    void theSessionEnvironmentRespectsXdgConfigHome()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(u"elsewhere"_s)));
        const ReminderInstaller session(ReminderInstaller::sessionEnvironment());
        QCOMPARE(session.unitFolder(), m_home->filePath(u"elsewhere/systemd/user"_s));
        QCOMPARE(session.autostartFolder(), m_home->filePath(u"elsewhere/autostart"_s));
        qunsetenv("XDG_CONFIG_HOME");
    }
};

QTEST_GUILESS_MAIN(TestReminderUnits)
#include "tst_reminder_units.moc"
