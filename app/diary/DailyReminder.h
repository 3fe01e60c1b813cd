#pragma once

#include <QDate>
#include <QObject>
#include <QTime>

class QSystemTrayIcon;
class QTimer;

namespace nd {

class Clock;
class DiaryStore;

// The daily reminder: at the chosen time, when the diary day has no entry yet (by
// anyone), a notification from the system tray; clicking it opens Today. Shown once
// per diary day. Without a system tray (some desktops, tests) it only emits reminded().
//
// Checks once a minute against the injected clock, so it survives sleep and clock
// changes, and tests can call check() with any "now".
class DailyReminder : public QObject
{
    Q_OBJECT

public:
    DailyReminder(DiaryStore &store, const Clock &clock, QObject *parent = nullptr);
    ~DailyReminder() override;

    void configure(bool enabled, QTime time, int dayStartHour);
    bool isEnabled() const { return m_enabled; }

    // True when a reminder should be shown now.
    bool isDue() const;
    QDate lastRemindedDay() const { return m_lastReminded; }
    bool hasTrayIcon() const { return m_tray != nullptr; }

public slots:
    // Shows the reminder when it is due; returns through reminded().
    void check();

signals:
    void reminded(const QString &message);
    void openTodayRequested();

private:
    void showInTray(const QString &title, const QString &message);

    DiaryStore &m_store;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = false;
    QTime m_time;
    int m_dayStartHour = 4;
    QDate m_lastReminded;
};

} // namespace nd
