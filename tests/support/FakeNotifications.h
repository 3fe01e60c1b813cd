#pragma once

// A stand-in for the desktop's notification service (org.freedesktop.Notifications) on
// the private session bus that the reminder tests run on (dbus-run-session with
// tests/reminder/session-bus.conf): it records every Notify call and can answer as a
// person would, by choosing an action or closing the notice.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace nd::test {

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = -1;
};

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    // Takes the service name; false when there is no session bus or the name is taken.
    bool start()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.isConnected() &&
               bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                  QDBusConnection::ExportScriptableSlots) &&
               bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    ~FakeNotifications() override
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

    QList<NotifyCall> calls;

    // The person clicks an action of notice `id`, then the service closes it (as dunst does).
    void invokeAction(uint id, const QString &key)
    {
        emitSignal(QStringLiteral("ActionInvoked"), {id, key});
        emitSignal(QStringLiteral("NotificationClosed"), {id, uint(2)});
    }

public slots:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body, const QStringList &actions,
                             const QVariantMap &hints, int expireTimeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return uint(calls.size()) + 100;
    }
    Q_SCRIPTABLE QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    Q_SCRIPTABLE void CloseNotification(uint id)
    {
        emitSignal(QStringLiteral("NotificationClosed"), {id, uint(3)});
    }

private:
    static void emitSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal =
            QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                       QStringLiteral("org.freedesktop.Notifications"), name);
        signal.setArguments(arguments);
        QDBusConnection::sessionBus().send(signal);
    }
};

// Stands in for a running NerveDiary window: records what the reminder asked it to open.
class FakeWindow : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.nervediary.NerveDiary.Window")

public:
    bool start()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.registerObject(QStringLiteral("/io/github/nervediary/NerveDiary"), this,
                                  QDBusConnection::ExportScriptableSlots) &&
               bus.registerService(QStringLiteral("io.github.nervediary.NerveDiary"));
    }
    ~FakeWindow() override
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(QStringLiteral("io.github.nervediary.NerveDiary"));
        bus.unregisterObject(QStringLiteral("/io/github/nervediary/NerveDiary"));
    }

    QList<std::pair<QString, QString>> opened; // diary path, day

public slots:
    Q_SCRIPTABLE bool Open(const QString &diaryPath, const QString &day)
    {
        opened.append({diaryPath, day});
        return true;
    }
};

} // namespace nd::test
