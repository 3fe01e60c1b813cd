// When the daily reminder is due and what it has to say (core/reminder, pure).
#include "reminder/ReminderDay.h"

#include <QTest>

using namespace nd;

using Keys = QList<std::pair<QDate, Author>>;
Q_DECLARE_METATYPE(Keys)

namespace {
const QDate kDay(2026, 3, 12);
} // namespace

class TestReminderDay : public QObject
{
    Q_OBJECT

private slots:
    void theDueDayFollowsTheTimeAndTheDayStart_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("dayStart");
        QTest::addColumn<QDate>("due");
        QTest::newRow("at 20:00 the evening's own day is due")
            << QDateTime(kDay, QTime(20, 0)) << QTime(20, 0) << 4 << kDay;
        QTest::newRow("a minute before, it is still the day before")
            << QDateTime(kDay, QTime(19, 59)) << QTime(20, 0) << 4 << kDay.addDays(-1);
        QTest::newRow("at 2 am the evening before is still the due day")
            << QDateTime(kDay.addDays(1), QTime(2, 0)) << QTime(20, 0) << 4 << kDay;
        QTest::newRow("a laptop opened the next morning catches up the evening before")
            << QDateTime(kDay.addDays(1), QTime(9, 0)) << QTime(20, 0) << 4 << kDay;
        QTest::newRow("a 1 am reminder belongs to the diary day before it")
            << QDateTime(kDay.addDays(1), QTime(1, 0)) << QTime(1, 0) << 4 << kDay;
        QTest::newRow("a 1 am reminder is not due at 23:00 of its day")
            << QDateTime(kDay, QTime(23, 0)) << QTime(1, 0) << 4 << kDay.addDays(-1);
        QTest::newRow("with days starting at midnight, 8 am is today's own")
            << QDateTime(kDay, QTime(8, 0)) << QTime(8, 0) << 0 << kDay;
    }
    void theDueDayFollowsTheTimeAndTheDayStart()
    {
        QFETCH(QDateTime, now);
        QFETCH(QTime, time);
        QFETCH(int, dayStart);
        QFETCH(QDate, due);
        QCOMPARE(dueDiaryDay(now, ReminderSchedule{time, dayStart}), due);
    }

    void whatTheReminderSays_data()
    {
        QTest::addColumn<Keys>("keys");
        QTest::addColumn<bool>("needed");
        QTest::addColumn<int>("missed");
        QTest::addColumn<QDate>("firstMissed");
        QTest::addColumn<bool>("caregiver");
        QTest::newRow("a logged day needs no reminder")
            << Keys{{kDay, Author::Caregiver}} << false << 0 << QDate() << false;
        QTest::newRow("logged yesterday: one day")
            << Keys{{kDay.addDays(-1), Author::Patient}} << true << 1 << kDay << false;
        QTest::newRow("an empty diary counts one day, not the days before it began")
            << Keys{} << true << 1 << kDay << false;
        QTest::newRow("four days since the last entry")
            << Keys{{kDay.addDays(-9), Author::Patient}, {kDay.addDays(-4), Author::Patient}} << true << 4
            << kDay.addDays(-3) << false;
        QTest::newRow("a month away: the count is true, the offer goes back two weeks")
            << Keys{{kDay.addDays(-30), Author::Patient}} << true << 30 << kDay.addDays(-13) << false;
        QTest::newRow("the last day was the caregiver's alone: caregiver words")
            << Keys{{kDay.addDays(-2), Author::Patient}, {kDay.addDays(-1), Author::Caregiver}} << true << 1
            << kDay << true;
        QTest::newRow("both logged the last day: the patient's words")
            << Keys{{kDay.addDays(-1), Author::Caregiver}, {kDay.addDays(-1), Author::Patient}} << true << 1
            << kDay << false;
        QTest::newRow("entries after the day do not count for it")
            << Keys{{kDay.addDays(-2), Author::Patient}, {kDay.addDays(1), Author::Caregiver}} << true << 2
            << kDay.addDays(-1) << false;
    }
    void whatTheReminderSays()
    {
        QFETCH(Keys, keys);
        QFETCH(bool, needed);
        QFETCH(int, missed);
        QFETCH(QDate, firstMissed);
        QFETCH(bool, caregiver);
        const auto need = reminderNeed(keys, kDay);
        QCOMPARE(need.has_value(), needed);
        if (!need)
            return;
        QCOMPARE(need->day, kDay);
        QCOMPARE(need->missedDays, missed);
        QCOMPARE(need->firstMissedDay, firstMissed);
        QCOMPARE(need->caregiver, caregiver);
    }
};

QTEST_GUILESS_MAIN(TestReminderDay)
#include "tst_reminder_day.moc"
