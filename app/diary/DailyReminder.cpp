#include "DailyReminder.h"

#include "reminder/DesktopNotifications.h"
#include "reminder/ReminderDay.h"
#include "reminder/ReminderNotice.h"
#include "reminder/ReminderRecord.h"
#include "storage/DiaryStore.h"
#include "util/Clock.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QPalette>
#include <QSystemTrayIcon>
#include <QTimer>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
constexpr int kCheckEveryMs = 60 * 1000;
}

DailyReminder::DailyReminder(DiaryStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &DailyReminder::check);
}

DailyReminder::~DailyReminder() = default;

void DailyReminder::configure(bool enabled, QTime time, int dayStartHour)
{
    m_enabled = enabled && time.isValid();
    m_time = time;
    m_dayStartHour = dayStartHour;
    if (m_enabled)
        m_timer->start();
    else
        m_timer->stop();
    if (!m_enabled && m_tray) {
        m_tray->hide();
        m_tray->deleteLater();
        m_tray = nullptr;
    }
}

bool DailyReminder::isDue() const
{
    if (!m_enabled)
        return false;
    // While the window is open it reminds of the current diary day only, from its
    // reminder moment on (a day the window missed is `nervediary remind`'s to catch up).
    const ReminderSchedule schedule{m_time, m_dayStartHour};
    const QDate day = m_clock.diaryDay(m_dayStartHour);
    if (day == m_lastReminded || dueDiaryDay(m_clock.now(), schedule) != day)
        return false;
    return !m_store.entry(day, Author::Patient) && !m_store.entry(day, Author::Caregiver);
}

void DailyReminder::check()
{
    if (!isDue())
        return;
    const QDate day = m_clock.diaryDay(m_dayStartHour);
    ReminderRecord record(m_store.database().path(), m_recordFolder);
    if (!record.lock())
        return; // `nervediary remind` is deciding this very minute; the next check looks again
    m_lastReminded = day;
    if (record.lastReminded() >= day)
        return; // the timer reminded already
    const auto need = reminderNeed(m_store.entryKeys(), day);
    if (!need)
        return;
    const DesktopNotice notice = ReminderNotice::forNeed(*need, day);
    m_missedFrom = need->firstMissedDay;
    m_lastChannel = show(notice);
    if (m_lastChannel != Channel::None)
        record.setLastReminded(day);
    emit reminded(ReminderNotice::oneLine(notice));
}

DailyReminder::Channel DailyReminder::show(const DesktopNotice &notice)
{
    if (DesktopNotifications::isServiceAvailable()) {
        if (!m_notifications) {
            m_notifications = new DesktopNotifications(this);
            connect(m_notifications, &DesktopNotifications::actionInvoked, this,
                    [this](uint id, const QString &key) {
                        if (id == m_notificationId)
                            emit openDayRequested(key == ReminderNotice::kLogMissed
                                                      ? m_missedFrom
                                                      : m_clock.diaryDay(m_dayStartHour));
                    });
        }
        m_notificationId = m_notifications->send(notice);
        if (m_notificationId != 0)
            return Channel::Notification;
    }
    // No notification service: the tray, where there is one; the status line always.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return Channel::None;
    showInTray(notice.title, notice.body);
    return Channel::Tray;
}

void DailyReminder::showInTray(const QString &title, const QString &message)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(
            Icons::icon(u"today"_s, QApplication::palette().color(QPalette::WindowText)), this);
        m_tray->setToolTip(tr("NerveDiary"));
        const auto openToday = [this] {
            emit openDayRequested(m_clock.diaryDay(m_dayStartHour));
        };
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, openToday);
        connect(m_tray, &QSystemTrayIcon::activated, this, openToday);
    }
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 30 * 1000);
}

} // namespace nd
