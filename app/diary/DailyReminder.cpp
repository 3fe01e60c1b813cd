#include "DailyReminder.h"

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
    const QDateTime now = m_clock.now();
    const QDate day = m_clock.diaryDay(m_dayStartHour);
    if (day == m_lastReminded)
        return false;
    // The reminder time belongs to the diary day: 20:00 means the evening of that day;
    // a time before the day-start hour (say 1:00) means the night after it.
    QDateTime due(day, m_time);
    if (m_time.hour() < m_dayStartHour)
        due = due.addDays(1);
    if (now < due)
        return false;
    return !m_store.entry(day, Author::Patient) && !m_store.entry(day, Author::Caregiver);
}

void DailyReminder::check()
{
    if (!isDue())
        return;
    m_lastReminded = m_clock.diaryDay(m_dayStartHour);
    const QString title = tr("Time for your diary");
    const QString message =
        tr("Nothing is logged for today yet. It takes a minute: click here to open Today.");
    showInTray(title, message);
    emit reminded(message);
}

void DailyReminder::showInTray(const QString &title, const QString &message)
{
    // Skipped quietly where there is no tray: the window still shows the reminder in its status line.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(
            Icons::icon(u"today"_s, QApplication::palette().color(QPalette::WindowText)), this);
        m_tray->setToolTip(tr("NerveDiary"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DailyReminder::openTodayRequested);
        connect(m_tray, &QSystemTrayIcon::activated, this, &DailyReminder::openTodayRequested);
    }
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 30 * 1000);
}

} // namespace nd
