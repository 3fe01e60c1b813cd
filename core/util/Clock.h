#pragma once

#include <QDateTime>

namespace nd {

// The one place the app asks for the time, so tests can set "now".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
    QDate today() const { return now().date(); }

    // The calendar day a moment belongs to when the diary day starts at `dayStartHour`
    // (e.g. 1:30 at night still counts as the previous day when days start at 4:00).
    QDate diaryDay(int dayStartHour) const { return now().addSecs(-qint64(dayStartHour) * 3600).date(); }

    static const Clock &system();
};

inline const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace nd
