#pragma once

#include <QString>
#include <QStringList>
#include <QTime>

#include <functional>

namespace nd {

// Installs, updates and removes what starts `nervediary remind` while the window is
// closed: a systemd user timer (Persistent=true, so a day whose reminder time passed
// while the computer was off is caught up at the next login) in
// $XDG_CONFIG_HOME/systemd/user/, or, where the session has no systemd user manager,
// an XDG autostart entry that runs the check at login.
//
// Both name the program by its absolute path and stay inert once it is gone (an
// uninstalled package): the units carry ConditionFileIsExecutable= for it, the
// autostart entry TryExec=. See docs/reminders.md.
class ReminderInstaller
{
public:
    enum class Kind { SystemdTimer, Autostart };

    struct Environment
    {
        QString configHome;          // $XDG_CONFIG_HOME or ~/.config
        QString program;             // the absolute path of nervediary
        bool hasUserManager = false; // a systemd user manager runs for this session
        // Runs `systemctl --user ARGS`; true on success. Empty: nothing is run (tests).
        std::function<bool(const QStringList &)> systemctl;
    };

    static const QString kTimerName;   // nervediary-reminder.timer
    static const QString kServiceName; // nervediary-reminder.service
    static const QString kAutostartName;

    // This session: XDG_CONFIG_HOME, this program, and whether systemd --user runs.
    static Environment sessionEnvironment();

    explicit ReminderInstaller(Environment environment);

    Kind kind() const;

    // Writes (or rewrites, when the time or program changed) and enables the timer or the
    // autostart entry, and removes the other kind. Nothing is written when all is in place.
    bool install(QTime time);
    // Removes everything install() made. True when nothing is left.
    bool remove();
    // True when what install(time) would write is in place.
    bool isInstalled(QTime time) const;
    QString errorString() const { return m_error; }

    QString unitFolder() const;
    QString autostartFolder() const;

    // The files' text (tests verify them with systemd-analyze).
    QString timerUnit(QTime time) const;
    QString serviceUnit() const;
    QString autostartEntry() const;

private:
    bool writeIfChanged(const QString &path, const QString &text, bool *changed);
    bool removeFile(const QString &path, bool *removed);
    bool systemctl(const QStringList &arguments);

    Environment m_env;
    QString m_error;
};

} // namespace nd
