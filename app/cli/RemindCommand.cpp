#include "RemindCommand.h"

#include "CliSupport.h"
#include "config/AppSettings.h"
#include "reminder/DesktopNotifications.h"
#include "reminder/ReminderDay.h"
#include "reminder/ReminderNotice.h"
#include "reminder/ReminderRecord.h"
#include "reminder/WindowService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <optional>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
// A systemd timer fires at the minute or just after it; never let a second's skew skip a day.
constexpr int kGraceSeconds = 60;
// The notice waits for an answer at most this long (the unit's RuntimeMaxSec says the same).
constexpr int kWaitForAnswerMs = 12 * 3600 * 1000;

// The window on `day`: the running one comes forward, or a new one starts.
void openWindow(const QString &diaryPath, QDate day)
{
    if (WindowService::askRunningWindow(diaryPath, day))
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            {u"--db"_s, diaryPath, u"--open-day"_s, day.toString(Qt::ISODate)});
}
} // namespace

QString RemindCommand::summary() const
{
    return tr("Send the daily reminder as a desktop notification when the diary day has no entry "
              "(at most once a day); quietly do nothing otherwise.");
}

void RemindCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({u"db"_s, tr("The diary file (default: the one the window opens)."), u"FILE"_s});
    parser.addOption({u"no-wait"_s, tr("Do not wait for an answer to the notification.")});
    QCommandLineOption at(u"at"_s, tr("Act as if it were this moment (YYYY-MM-DDTHH:MM)."), u"TIME"_s);
    at.setFlags(QCommandLineOption::HiddenFromHelp); // for tests
    parser.addOption(at);
}

int RemindCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const AppSettings settings; // the window's: reminder time, day start, diary
    QString path = parser.value(u"db"_s);
    if (path.isEmpty())
        path = settings.diaryPath().isEmpty() ? CliSupport::defaultDiaryPath() : settings.diaryPath();
    if (!QFileInfo::exists(path))
        return ExitSuccess; // no diary yet: nothing to remind of

    QDateTime now = context.clock.now();
    if (parser.isSet(u"at"_s)) {
        now = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODate);
        if (!now.isValid())
            return CliSupport::usageError(tr("--at needs a time like 2026-03-12T20:00"), context);
    }
    const ReminderSchedule schedule{settings.reminderTime(), settings.dayStartHour()};
    const QDate day = dueDiaryDay(now.addSecs(kGraceSeconds), schedule);

    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly, Database::Check::Skip))
        return CliSupport::reportDbError(db.error(), context);
    DiaryStore store(db);
    const auto keys = store.entryKeys();
    if (store.error().isError())
        return CliSupport::reportDbError(store.error(), context);
    db.close();
    const std::optional<ReminderNeed> need = reminderNeed(keys, day);
    if (!need)
        return ExitSuccess; // the usual evening: quick, nothing written, no bus

    std::optional<ReminderRecord> record(std::in_place, path);
    if (!record->lock() || record->lastReminded() >= day)
        return ExitSuccess; // the window or another run reminds (or did) for this day

    const QDate today = now.addSecs(-qint64(schedule.dayStartHour) * 3600).date();
    const DesktopNotice notice = ReminderNotice::forNeed(*need, today);
    if (!DesktopNotifications::isServiceAvailable()) {
        context.err << "nervediary: "
                    << tr("no notification service on the session bus; the reminder was not shown: %1")
                           .arg(ReminderNotice::oneLine(notice))
                    << Qt::endl;
        return ExitSuccess;
    }
    DesktopNotifications notifications;
    const uint id = notifications.send(notice);
    if (id == 0) {
        context.err << "nervediary: "
                    << tr("the reminder could not be shown: %1").arg(notifications.errorString()) << Qt::endl;
        return ExitSuccess;
    }
    record->setLastReminded(day);
    record.reset(); // unlocked while waiting for the answer
    if (parser.isSet(u"no-wait"_s))
        return ExitSuccess;

    // The answer comes as a signal to this program: it waits (asleep) until the notice is
    // answered or closed.
    QEventLoop loop;
    QObject::connect(
        &notifications, &DesktopNotifications::actionInvoked, &loop, [&](uint invoked, const QString &key) {
            if (invoked != id)
                return;
            const QDate target = key == ReminderNotice::kLogMissed ? need->firstMissedDay : today;
            openWindow(path, target);
            loop.quit();
        });
    QObject::connect(&notifications, &DesktopNotifications::closed, &loop, [&](uint closed) {
        if (closed == id)
            QTimer::singleShot(1000, &loop, &QEventLoop::quit); // an action may be reported just after
    });
    QTimer::singleShot(kWaitForAnswerMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ExitSuccess;
}

} // namespace nd
