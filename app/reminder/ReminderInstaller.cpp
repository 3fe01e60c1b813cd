#include "ReminderInstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReminderInstaller)
};

const QString kWantsFolder = u"timers.target.wants"_s;

// A word of a systemd command line: quoted, with the specifier and variable signs doubled.
QString systemdWord(const QString &word)
{
    QString quoted = word;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    quoted.replace(u'%', u"%%"_s).replace(u'$', u"$$"_s);
    return u'"' + quoted + u'"';
}

// A setting's whole value in a unit file, where only specifiers are special.
QString systemdValue(const QString &value)
{
    return QString(value).replace(u'%', u"%%"_s);
}

// An argument of a desktop entry's Exec key (Desktop Entry Specification, "The Exec key"),
// then escaped as a string value.
QString desktopExecWord(const QString &word)
{
    QString quoted = word;
    for (const QChar c : {u'\\', u'"', u'`', u'$'})
        quoted.replace(c, QString(u'\\') + c);
    quoted = u'"' + quoted + u'"';
    return quoted.replace(u'\\', u"\\\\"_s).replace(u'%', u"%%"_s);
}

QString desktopValue(const QString &value)
{
    return QString(value).replace(u'\\', u"\\\\"_s);
}
} // namespace

const QString ReminderInstaller::kTimerName = u"nervediary-reminder.timer"_s;
const QString ReminderInstaller::kServiceName = u"nervediary-reminder.service"_s;
const QString ReminderInstaller::kAutostartName = u"io.github.nervediary.NerveDiary.Reminder.desktop"_s;

ReminderInstaller::Environment ReminderInstaller::sessionEnvironment()
{
    Environment env;
    env.configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (env.configHome.isEmpty() || !QDir::isAbsolutePath(env.configHome))
        env.configHome = QDir::home().filePath(u".config"_s);
    env.program = QFileInfo(QCoreApplication::applicationFilePath()).absoluteFilePath();
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString systemctl = QStandardPaths::findExecutable(u"systemctl"_s);
    // The user manager's private socket exists exactly while `systemd --user` runs.
    env.hasUserManager =
        !runtime.isEmpty() && !systemctl.isEmpty() && QFileInfo::exists(runtime + u"/systemd/private"_s);
    env.systemctl = [systemctl](const QStringList &arguments) {
        QProcess process;
        process.start(systemctl, QStringList{u"--user"_s} + arguments);
        return process.waitForFinished(15000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    };
    return env;
}

ReminderInstaller::ReminderInstaller(Environment environment) : m_env(std::move(environment)) {}

ReminderInstaller::Kind ReminderInstaller::kind() const
{
    return m_env.hasUserManager ? Kind::SystemdTimer : Kind::Autostart;
}

QString ReminderInstaller::unitFolder() const
{
    return QDir(m_env.configHome).filePath(u"systemd/user"_s);
}

QString ReminderInstaller::autostartFolder() const
{
    return QDir(m_env.configHome).filePath(u"autostart"_s);
}

QString ReminderInstaller::timerUnit(QTime time) const
{
    return u"# Written by NerveDiary (Settings → Daily reminder); removed when the reminder is turned off.\n"
           "[Unit]\n"
           "Description=NerveDiary daily reminder\n"
           "ConditionFileIsExecutable=%1\n"
           "\n"
           "[Timer]\n"
           "OnCalendar=*-*-* %2\n"
           "Persistent=true\n"
           "\n"
           "[Install]\n"
           "WantedBy=timers.target\n"_s.arg(systemdValue(m_env.program), time.toString(u"HH:mm:00"_s));
}

QString ReminderInstaller::serviceUnit() const
{
    // The program waits for the person's answer to the notice, then ends; never longer than 12 h.
    return u"# Written by NerveDiary (Settings → Daily reminder); removed when the reminder is turned off.\n"
           "[Unit]\n"
           "Description=NerveDiary daily reminder: a notification when the diary day has no entry\n"
           "ConditionFileIsExecutable=%1\n"
           "\n"
           "[Service]\n"
           "Type=exec\n"
           "ExecStart=%2 remind\n"
           "RuntimeMaxSec=12h\n"_s.arg(systemdValue(m_env.program), systemdWord(m_env.program));
}

QString ReminderInstaller::autostartEntry() const
{
    return u"[Desktop Entry]\n"
           "Type=Application\n"
           "Name=NerveDiary reminder\n"
           "Comment=Reminds you at login when the diary day has no entry\n"
           "Exec=%1 remind\n"
           "TryExec=%2\n"
           "Icon=io.github.nervediary.NerveDiary\n"
           "NoDisplay=true\n"
           "Terminal=false\n"
           "X-GNOME-Autostart-enabled=true\n"_s.arg(desktopExecWord(m_env.program),
                                                    desktopValue(m_env.program));
}

bool ReminderInstaller::isInstalled(QTime time) const
{
    const auto holds = [](const QString &path, const QString &text) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()) == text;
    };
    if (kind() == Kind::Autostart)
        return holds(QDir(autostartFolder()).filePath(kAutostartName), autostartEntry());
    const QDir units(unitFolder());
    return holds(units.filePath(kTimerName), timerUnit(time)) &&
           holds(units.filePath(kServiceName), serviceUnit()) &&
           QFileInfo(units.filePath(kWantsFolder + u'/' + kTimerName)).isSymLink();
}

bool ReminderInstaller::install(QTime time)
{
    m_error.clear();
    bool changed = false;
    if (kind() == Kind::Autostart) {
        bool removedUnits = false;
        const QDir units(unitFolder());
        for (const QString &name : {QString(kWantsFolder + u'/' + kTimerName), kTimerName, kServiceName})
            if (!removeFile(units.filePath(name), &removedUnits))
                return false;
        return writeIfChanged(QDir(autostartFolder()).filePath(kAutostartName), autostartEntry(), &changed);
    }
    bool removedEntry = false;
    if (!removeFile(QDir(autostartFolder()).filePath(kAutostartName), &removedEntry))
        return false;
    const QDir units(unitFolder());
    if (!writeIfChanged(units.filePath(kServiceName), serviceUnit(), &changed) ||
        !writeIfChanged(units.filePath(kTimerName), timerUnit(time), &changed))
        return false;
    // Enabled the way `systemctl --user enable` does it, so it also holds for the next login
    // when no manager answers now.
    const QString link = units.filePath(kWantsFolder + u'/' + kTimerName);
    if (!QFileInfo(link).isSymLink()) {
        changed = true;
        if (!units.mkpath(kWantsFolder) || !QFile::link(u"../"_s + kTimerName, link)) {
            m_error = Tr::tr("The reminder could not be switched on in %1.")
                          .arg(QDir::toNativeSeparators(unitFolder()));
            return false;
        }
    }
    if (changed && !(systemctl({u"daemon-reload"_s}) && systemctl({u"restart"_s, kTimerName}))) {
        m_error =
            Tr::tr("The reminder was saved, but systemd did not start it; it starts at the next login.");
        return false;
    }
    return true;
}

bool ReminderInstaller::remove()
{
    m_error.clear();
    const QDir units(unitFolder());
    const bool timerThere = QFileInfo::exists(units.filePath(kTimerName));
    if (timerThere)
        systemctl({u"stop"_s, kTimerName});
    bool removed = false;
    for (const QString &path :
         {units.filePath(QString(kWantsFolder + u'/' + kTimerName)), units.filePath(kTimerName),
          units.filePath(kServiceName), QDir(autostartFolder()).filePath(kAutostartName)})
        if (!removeFile(path, &removed))
            return false;
    if (timerThere)
        systemctl({u"daemon-reload"_s});
    return true;
}

bool ReminderInstaller::writeIfChanged(const QString &path, const QString &text, bool *changed)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && QString::fromUtf8(existing.readAll()) == text)
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_error = Tr::tr("The reminder could not be written to %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Readable by the user's service manager and desktop only: the umask is 077 already.
    *changed = true;
    return true;
}

bool ReminderInstaller::removeFile(const QString &path, bool *removed)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (!QFile::remove(path)) {
        m_error = Tr::tr("%1 could not be removed.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    *removed = true;
    return true;
}

bool ReminderInstaller::systemctl(const QStringList &arguments)
{
    if (!m_env.hasUserManager || !m_env.systemctl)
        return true;
    return m_env.systemctl(arguments);
}

} // namespace nd
