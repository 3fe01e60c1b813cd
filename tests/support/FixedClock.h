#pragma once

// The clock the tests inject: "now" is whatever the test says, so "today", the diary's
// day-start hour and reminders can be tested at any moment.

#include "util/Clock.h"

#include <QDateTime>

namespace nd::test {

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now = {}) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void set(QDate date, QTime time) { m_now = QDateTime(date, time); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace nd::test
