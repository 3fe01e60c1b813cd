#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

namespace nd {

// A notice for the desktop's notification service.
struct DesktopNotice
{
    QString title;
    QString body;
    QList<std::pair<QString, QString>> actions; // key, label ("default": a click on the notice)
};

// The freedesktop notification service (org.freedesktop.Notifications on the session
// bus, Desktop Notifications Specification 1.2): sends notices with the app's icon and
// desktop entry, and reports which action the person chose.
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    static const QString kService;

    explicit DesktopNotifications(QObject *parent = nullptr);
    ~DesktopNotifications() override;

    // True when a service is running on the session bus or can be started by it.
    static bool isServiceAvailable();

    // Sends `notice`; returns its id, 0 when it could not be sent (errorString()).
    uint send(const DesktopNotice &notice);
    QString errorString() const { return m_error; }

signals:
    void actionInvoked(uint id, const QString &key);
    void closed(uint id);

private slots:
    void onActionInvoked(uint id, const QString &key);
    void onClosed(uint id, uint reason);

private:
    QString m_error;
};

} // namespace nd
