// The daily reminder: due at the chosen time on a day with no entry, once per diary day.
#include "FixedClock.h"
#include "TempDiary.h"
#include "diary/DailyReminder.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {
const QDate kDay(2026, 3, 12);
} // namespace

class TestReminder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDiary> m_diary;
    FixedClock m_clock;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }
    void init()
    {
        m_diary = std::make_unique<TempDiary>();
        QVERIFY(m_diary->open());
    }
    void cleanup() { m_diary.reset(); }

    void dueAtTheChosenTime_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QTime>("reminderAt");
        QTest::addColumn<bool>("due");
        QTest::newRow("a minute before 20:00 is too early") << kDay << QTime(19, 59) << QTime(20, 0) << false;
        QTest::newRow("20:00 is due") << kDay << QTime(20, 0) << QTime(20, 0) << true;
        QTest::newRow("later the same evening is still due") << kDay << QTime(23, 30) << QTime(20, 0) << true;
        QTest::newRow("2 am belongs to the day before, still due")
            << kDay.addDays(1) << QTime(2, 0) << QTime(20, 0) << true;
        QTest::newRow("the next morning is a new day, not yet due")
            << kDay.addDays(1) << QTime(9, 0) << QTime(20, 0) << false;
        QTest::newRow("a 1 am reminder is the night after the diary day, not the morning")
            << kDay << QTime(20, 0) << QTime(1, 0) << false;
        QTest::newRow("a 1 am reminder is due at 1 am the next calendar day")
            << kDay.addDays(1) << QTime(1, 0) << QTime(1, 0) << true;
    }
    void dueAtTheChosenTime()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QTime, reminderAt);
        QFETCH(bool, due);
        m_clock.set(date, time);
        DailyReminder reminder(m_diary->store(), m_clock);
        reminder.configure(true, reminderAt, 4);
        QCOMPARE(reminder.isDue(), due);
    }

    void notDueWhenDisabled()
    {
        m_clock.set(kDay, QTime(21, 0));
        DailyReminder reminder(m_diary->store(), m_clock);
        reminder.configure(false, QTime(20, 0), 4);
        QVERIFY(!reminder.isDue());
    }

    void notDueWhenTheDayIsLogged_data()
    {
        QTest::addColumn<int>("author");
        QTest::newRow("by the patient") << int(Author::Patient);
        QTest::newRow("by a caregiver") << int(Author::Caregiver);
    }
    void notDueWhenTheDayIsLogged()
    {
        QFETCH(int, author);
        Entry entry(kDay, Author(author));
        entry.setValue(Field::Walking, 1);
        QVERIFY(m_diary->store().saveEntry(entry));
        m_clock.set(kDay, QTime(21, 0));
        DailyReminder reminder(m_diary->store(), m_clock);
        reminder.configure(true, QTime(20, 0), 4);
        QVERIFY(!reminder.isDue());
    }

    void remindsOncePerDay()
    {
        m_clock.set(kDay, QTime(20, 5));
        DailyReminder reminder(m_diary->store(), m_clock);
        reminder.configure(true, QTime(20, 0), 4);
        QSignalSpy reminded(&reminder, &DailyReminder::reminded);
        reminder.check();
        QCOMPARE(reminded.size(), 1);
        QCOMPARE(reminder.lastRemindedDay(), kDay);
        m_clock.set(kDay, QTime(22, 0));
        reminder.check();
        QCOMPARE(reminded.size(), 1);
        m_clock.set(kDay.addDays(1), QTime(20, 1));
        reminder.check();
        QCOMPARE(reminded.size(), 2);
        QVERIFY(reminded[1][0].toString().contains(u"You have not logged today"_s));
    }
};

QTEST_MAIN(TestReminder)
#include "tst_today_reminder.moc"
