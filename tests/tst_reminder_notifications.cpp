// Reminders through the desktop's notification service, on a private session bus with a
// fake service (ctest runs this under dbus-run-session): `nervediary remind` sends exactly
// one well-formed notice on a day without an entry and none otherwise; "Log today" opens
// the running window on Today at the right day; the open window reminds through the same
// service; Settings says so when nothing could show a reminder.
#include "FakeNotifications.h"
#include "FixedClock.h"
#include "MainWindow.h"
#include "TempDiary.h"
#include "config/AppSettings.h"
#include "dialogs/MessageBox.h"
#include "diary/DailyReminder.h"
#include "diary/DraftStore.h"
#include "pages/TodayPage.h"
#include "reminder/WindowService.h"
#include "settings/ReminderChannels.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {
const QDate kDay(2026, 3, 12); // a Thursday
const QString kAppId = u"io.github.nervediary.NerveDiary"_s;

struct RemindRun
{
    int exitCode = -1;
    QString err;
};
} // namespace

class TestReminderNotifications : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDiary> m_diary;
    std::unique_ptr<QTemporaryDir> m_home; // the child's XDG folders: settings and the reminder record

    void saveEntry(QDate date, Author author)
    {
        Entry entry(date, author);
        entry.setValue(Field::Walking, 1);
        QVERIFY(m_diary->store().saveEntry(entry));
    }

    AppSettings childSettings() const
    {
        return AppSettings(m_home->filePath(u"config/NerveDiary/NerveDiary.conf"_s));
    }

    // Starts `nervediary remind` and keeps this test's event loop (and so the fake services) running.
    RemindRun remind(const QString &at, bool wait = false, const std::function<void()> &whileRunning = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
        process.setProcessEnvironment(env);
        QStringList arguments{u"remind"_s, u"--db"_s, m_diary->path(), u"--at"_s, at};
        if (!wait)
            arguments << u"--no-wait"_s;
        process.start(qEnvironmentVariable("NERVEDIARY_BINARY"), arguments);
        RemindRun run;
        if (!process.waitForStarted(10000))
            return run;
        if (whileRunning)
            whileRunning();
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 30000)
            QTest::qWait(20);
        run.exitCode = process.state() == QProcess::NotRunning ? process.exitCode() : -2;
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setNeverBlock(true);
        // Only on the private bus: the desktop's own would show real notices and has a real service.
        if (qEnvironmentVariable("NERVEDIARY_TEST_LAUNCHER") != u"1"_s ||
            !QDBusConnection::sessionBus().isConnected())
            QSKIP("Needs dbus-run-session (package dbus-daemon; scripts/setup.sh --test installs it)");
    }

    void init()
    {
        m_diary = std::make_unique<TempDiary>();
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_diary->open());
    }

    void cleanup()
    {
        m_diary.reset();
        m_home.reset();
    }

    void anEmptyDaySendsExactlyOneWellFormedNotice()
    {
        FakeNotifications service;
        QVERIFY(service.start());
        saveEntry(kDay.addDays(-1), Author::Patient);
        const RemindRun run = remind(u"2026-03-12T20:00"_s);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(service.calls.size(), 1);
        const NotifyCall &call = service.calls.first();
        QCOMPARE(call.appName, u"NerveDiary"_s);
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.appIcon, kAppId);
        QCOMPARE(call.summary, u"You have not logged today"_s);
        QVERIFY(call.body.contains(u"your hands and feet"_s));
        QCOMPARE(call.actions.size() % 2, 0);
        QCOMPARE(call.actions.value(call.actions.indexOf(u"log-today"_s) + 1), u"Log today"_s);
        QVERIFY(call.actions.contains(u"default"_s));
        QVERIFY(!call.actions.contains(u"log-missed"_s));
        QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), kAppId);
        QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 1);
        QCOMPARE(call.expireTimeout, 0);

        // The same day again, later that evening: nothing more.
        QCOMPARE(remind(u"2026-03-12T22:30"_s).exitCode, 0);
        QCOMPARE(service.calls.size(), 1);
        // The next evening, again empty: the next reminder, now two days without an entry.
        QCOMPARE(remind(u"2026-03-13T20:01"_s).exitCode, 0);
        QCOMPARE(service.calls.size(), 2);
        QCOMPARE(service.calls[1].summary, u"2 days without a diary entry"_s);
    }

    void aDayWithAnEntrySendsNothing_data()
    {
        QTest::addColumn<int>("author");
        QTest::addColumn<QString>("at");
        QTest::newRow("logged by the patient") << int(Author::Patient) << u"2026-03-12T20:00"_s;
        QTest::newRow("logged by a caregiver") << int(Author::Caregiver) << u"2026-03-12T21:00"_s;
        QTest::newRow("at 2 am the evening before still counts, and it was logged")
            << int(Author::Patient) << u"2026-03-13T02:00"_s;
        QTest::newRow("the next morning, before the reminder time, asks about the logged evening before")
            << int(Author::Patient) << u"2026-03-13T09:00"_s;
    }
    void aDayWithAnEntrySendsNothing()
    {
        QFETCH(int, author);
        QFETCH(QString, at);
        FakeNotifications service;
        QVERIFY(service.start());
        saveEntry(kDay, Author(author));
        const RemindRun run = remind(at);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QCOMPARE(service.calls.size(), 0);
    }

    void theWordsFitTheDay_data()
    {
        QTest::addColumn<QDate>("lastEntry");
        QTest::addColumn<int>("author");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<bool>("offersMissedDays");
        QTest::newRow("yesterday logged by a caregiver: worded for the caregiver")
            << kDay.addDays(-1) << int(Author::Caregiver) << u"2026-03-12T20:00"_s
            << u"Nothing is logged for them today"_s << false;
        QTest::newRow("three days since the last entry: says how many and offers to log them")
            << kDay.addDays(-3) << int(Author::Patient) << u"2026-03-12T20:00"_s
            << u"3 days without a diary entry"_s << true;
        QTest::newRow("a timer caught up the next morning names the day it is about")
            << kDay.addDays(-1) << int(Author::Patient) << u"2026-03-13T08:30"_s
            << u"Nothing was logged for Thursday 12 March"_s << true;
    }
    void theWordsFitTheDay()
    {
        QFETCH(QDate, lastEntry);
        QFETCH(int, author);
        QFETCH(QString, at);
        QFETCH(QString, summary);
        QFETCH(bool, offersMissedDays);
        FakeNotifications service;
        QVERIFY(service.start());
        saveEntry(lastEntry, Author(author));
        QCOMPARE(remind(at).exitCode, 0);
        QCOMPARE(service.calls.size(), 1);
        QCOMPARE(service.calls[0].summary, summary);
        QCOMPARE(service.calls[0].actions.contains(u"log-missed"_s), offersMissedDays);
    }

    void theReminderTimeAndDayStartComeFromSettings()
    {
        FakeNotifications service;
        QVERIFY(service.start());
        {
            AppSettings settings = childSettings();
            settings.setReminderTime(QTime(1, 0)); // the night after the diary day
            settings.setDayStartHour(4);
        }
        saveEntry(kDay.addDays(-1), Author::Patient);
        QCOMPARE(remind(u"2026-03-12T23:00"_s).exitCode, 0); // before 1:00: asks about the 11th, logged
        QCOMPARE(service.calls.size(), 0);
        QCOMPARE(remind(u"2026-03-13T01:00"_s).exitCode, 0); // 1:00 still belongs to the 12th
        QCOMPARE(service.calls.size(), 1);
        QCOMPARE(service.calls[0].summary, u"You have not logged today"_s);
    }

    void anActionOpensTheRunningWindowOnTheRightDay_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("day");
        QTest::newRow("Log today opens today") << u"log-today"_s << kDay;
        QTest::newRow("a click on the notice opens today") << u"default"_s << kDay;
        QTest::newRow("Log the missed days opens the first of them") << u"log-missed"_s << kDay.addDays(-2);
    }
    void anActionOpensTheRunningWindowOnTheRightDay()
    {
        QFETCH(QString, key);
        QFETCH(QDate, day);
        FakeNotifications service;
        QVERIFY(service.start());
        FakeWindow window;
        QVERIFY(window.start());
        saveEntry(kDay.addDays(-3), Author::Patient);
        const RemindRun run = remind(u"2026-03-12T20:00"_s, true, [&] {
            QTRY_COMPARE_WITH_TIMEOUT(service.calls.size(), 1, 20000);
            QTest::qWait(100); // the program listens for the answer once Notify returned
            service.invokeAction(101, key);
        });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(window.opened.size(), 1);
        QCOMPARE(window.opened[0].first, QFileInfo(m_diary->path()).canonicalFilePath());
        QCOMPARE(window.opened[0].second, day.toString(Qt::ISODate));
    }

    void withoutANotificationServiceNothingIsSentAndTheDayIsNotCounted()
    {
        const RemindRun run = remind(u"2026-03-12T20:00"_s);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"no notification service"_s), qPrintable(run.err));
        FakeNotifications service; // it appears later the same evening: the reminder comes then
        QVERIFY(service.start());
        QCOMPARE(remind(u"2026-03-12T20:30"_s).exitCode, 0);
        QCOMPARE(service.calls.size(), 1);
    }

    void theOpenWindowRemindsThroughTheServiceAndLogTodayOpensToday()
    {
        FakeNotifications service;
        QVERIFY(service.start());
        QTemporaryDir records;
        FixedClock clock(QDateTime(kDay, QTime(20, 0)));
        AppSettings settings(m_diary->filePath(u"settings.ini"_s));
        settings.setReminderEnabled(true);
        const DraftStore drafts(m_diary->path(), m_diary->filePath(u"drafts"_s));
        MainWindow window(m_diary->store(), settings, drafts, clock);
        window.reminder()->setRecordFolder(records.path());
        window.show();
        window.showPage(u"history"_s);
        window.reminder()->check();
        QCOMPARE(window.reminder()->lastChannel(), DailyReminder::Channel::Notification);
        QCOMPARE(service.calls.size(), 1);
        QCOMPARE(service.calls[0].summary, u"You have not logged today"_s);
        window.reminder()->check(); // once a day
        QCOMPARE(service.calls.size(), 1);

        window.todayPage()->openDay(kDay.addDays(-5));
        service.invokeAction(101, u"log-today"_s);
        QTRY_COMPARE(window.currentPageId(), u"today"_s);
        QTRY_COMPARE(window.todayPage()->date(), kDay);
    }

    void theWindowServiceOpensTodayOnTheAskedDayForItsOwnDiaryOnly()
    {
        FixedClock clock(QDateTime(kDay, QTime(20, 0)));
        AppSettings settings(m_diary->filePath(u"settings.ini"_s));
        const DraftStore drafts(m_diary->path(), m_diary->filePath(u"drafts"_s));
        MainWindow window(m_diary->store(), settings, drafts, clock);
        window.show();
        window.showPage(u"history"_s);
        WindowService service(m_diary->path(), [&window](QDate day) { window.bringForward(day); });
        QVERIFY(!service.Open(m_diary->filePath(u"another.sqlite"_s), kDay.toString(Qt::ISODate)));
        QTest::qWait(50);
        QCOMPARE(window.currentPageId(), u"history"_s);
        QVERIFY(service.Open(m_diary->path(), kDay.addDays(-1).toString(Qt::ISODate)));
        QTRY_COMPARE(window.currentPageId(), u"today"_s);
        QCOMPARE(window.todayPage()->date(), kDay.addDays(-1));
    }

    void settingsSayWhenNothingCouldShowAReminder()
    {
        // This bus has no notification service, and the offscreen platform no tray.
        const ReminderChannels channels = ReminderChannels::probe();
        QVERIFY(!channels.notifications);
        QVERIFY(!channels.tray);
        AppSettings settings(m_diary->filePath(u"settings.ini"_s));
        SettingsDialog dialog(settings, DiaryProfile(), m_diary->path());
        dialog.setReminderChannels(channels);
        auto *how = dialog.findChild<QLabel *>(u"reminderHow"_s);
        QVERIFY(how && !how->isHidden());
        QVERIFY2(how->text().contains(u"could not reach you"_s), qPrintable(how->text()));
        QVERIFY(!dialog.findChild<QCheckBox *>(u"reminderEnabled"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QTimeEdit *>(u"reminderTime"_s)->isEnabled());

        FakeNotifications service;
        QVERIFY(service.start());
        const ReminderChannels withService = ReminderChannels::probe();
        QVERIFY(withService.notifications);
        dialog.setReminderChannels(withService);
        QVERIFY(dialog.findChild<QCheckBox *>(u"reminderEnabled"_s)->isEnabled());
        QVERIFY(how->text().contains(u"desktop notification"_s));
    }
};

QTEST_MAIN(TestReminderNotifications)
#include "tst_reminder_notifications.moc"
