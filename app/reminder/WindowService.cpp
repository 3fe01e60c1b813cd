#include "WindowService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QFileInfo>
#include <QTimer>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}
} // namespace

const QString WindowService::kService = u"io.github.nervediary.NerveDiary"_s;
const QString WindowService::kPath = u"/io/github/nervediary/NerveDiary"_s;

WindowService::WindowService(const QString &diaryPath, std::function<void(QDate)> open, QObject *parent)
    : QObject(parent), m_diaryPath(canonical(diaryPath)), m_open(std::move(open))
{}

WindowService::~WindowService()
{
    if (!m_registered)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterObject(kPath);
    bus.unregisterService(kService);
}

bool WindowService::registerOnBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    if (!bus.registerObject(kPath, this, QDBusConnection::ExportScriptableSlots))
        return false;
    // DoNotQueue: a second window (another diary) simply goes without the name.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply = bus.interface()->registerService(
        kService, QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    m_registered = reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered;
    if (!m_registered)
        bus.unregisterObject(kPath);
    return m_registered;
}

bool WindowService::askRunningWindow(const QString &diaryPath, QDate day)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()->isServiceRegistered(kService))
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        kService, kPath, u"io.github.nervediary.NerveDiary.Window"_s, u"Open"_s);
    call << canonical(diaryPath) << (day.isValid() ? day.toString(Qt::ISODate) : QString());
    const QDBusReply<bool> reply = bus.call(call, QDBus::Block, 5000);
    return reply.isValid() && reply.value();
}

bool WindowService::Open(const QString &diaryPath, const QString &day)
{
    if (!diaryPath.isEmpty() && canonical(diaryPath) != m_diaryPath)
        return false;
    // After the reply: opening a day may ask about an unsaved entry, and the caller must not wait on that.
    const QDate date = QDate::fromString(day, Qt::ISODate);
    QTimer::singleShot(0, this, [this, date] { m_open(date); });
    return true;
}

} // namespace nd
