#include "DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
const QString kAppId = u"io.github.nervediary.NerveDiary"_s;
constexpr int kCallTimeoutMs = 5000;
} // namespace

const QString DesktopNotifications::kService = u"org.freedesktop.Notifications"_s;

DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
}

DesktopNotifications::~DesktopNotifications() = default;

bool DesktopNotifications::isServiceAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *names = bus.interface();
    if (names->isServiceRegistered(kService))
        return true;
    // Most notification daemons are started by the bus on the first notice.
    const QDBusReply<QStringList> activatable = names->call(u"ListActivatableNames"_s);
    return activatable.isValid() && activatable.value().contains(kService);
}

uint DesktopNotifications::send(const DesktopNotice &notice)
{
    m_error.clear();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_error = bus.lastError().message();
        return 0;
    }
    QStringList actions;
    for (const auto &[key, label] : notice.actions)
        actions << key << label;
    // The desktop entry lets the desktop show the app's name and icon and group its notices.
    const QVariantMap hints{{u"desktop-entry"_s, kAppId},
                            {u"category"_s, u"x-nervediary.reminder"_s},
                            {u"urgency"_s, QVariant::fromValue<uchar>(1)}};
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    // A reminder stays until the person answers it (expire_timeout 0): it is easily missed otherwise.
    call << u"NerveDiary"_s << uint(0) << kAppId << notice.title << notice.body << actions << hints << int(0);
    const QDBusReply<uint> reply = bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid()) {
        m_error = reply.error().message();
        return 0;
    }
    return reply.value();
}

void DesktopNotifications::onActionInvoked(uint id, const QString &key)
{
    emit actionInvoked(id, key);
}

void DesktopNotifications::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    emit closed(id);
}

} // namespace nd
