#pragma once

#include <QDate>
#include <QObject>
#include <QTime>

class QSystemTrayIcon;
class QTimer;

namespace nd {

class Clock;
class DesktopNotifications;
struct DesktopNotice;
class DiaryStore;

// The daily reminder while the window is open: at the chosen time, when the diary day
// has no entry yet (by anyone), a desktop notification (org.freedesktop.Notifications)
// whose "Log today" opens Today; where the desktop has no notification service, a
// message from the system tray. At most once per diary day, shared with `nervediary
// remind` through ReminderRecord, so the timer and the window never both remind.
//
// Checks once a minute against the injected clock, so it survives sleep and clock
// changes, and tests can call check() with any "now".
class DailyReminder : public QObject
{
    Q_OBJECT

public:
    enum class Channel { Notification, Tray, None };

    DailyReminder(DiaryStore &store, const Clock &clock, QObject *parent = nullptr);
    ~DailyReminder() override;

    void configure(bool enabled, QTime time, int dayStartHour);
    bool isEnabled() const { return m_enabled; }
    // Where the shared record of reminded days is kept (tests; default: the user's data folder).
    void setRecordFolder(const QString &folder) { m_recordFolder = folder; }

    // True when a reminder should be shown now.
    bool isDue() const;
    QDate lastRemindedDay() const { return m_lastReminded; }
    Channel lastChannel() const { return m_lastChannel; }

public slots:
    // Shows the reminder when it is due; returns through reminded().
    void check();

signals:
    void reminded(const QString &message);
    // "Log today" (the current diary day) or "Log the missed days" (the first of them).
    void openDayRequested(QDate day);

private:
    Channel show(const DesktopNotice &notice);
    void showInTray(const QString &title, const QString &message);

    DiaryStore &m_store;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_notifications = nullptr;
    bool m_enabled = false;
    QTime m_time;
    int m_dayStartHour = 4;
    QDate m_lastReminded;
    QString m_recordFolder;
    Channel m_lastChannel = Channel::None;
    uint m_notificationId = 0;
    QDate m_missedFrom;
};

} // namespace nd
