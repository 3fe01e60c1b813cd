#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace nd::bench {

// Starts a window process that reports its first paint (FirstPaintProbe) and
// measures from start() to that report, in a clean settings folder.
class ProcessProbe
{
public:
    explicit ProcessProbe(const QString &scratchFolder);

    // Milliseconds to first paint, or a negative number on failure.
    double timeToFirstPaint(const QString &program, const QStringList &arguments);
    // Opens the window, then the Trends page on "All" as a user would (side bar, range
    // button); returns the milliseconds from the click on the side bar until the charts
    // have painted with the diary's data (reading and analysing it included), or a
    // negative number on failure.
    double trendsAllPaintedMs(const QString &program, const QStringList &arguments);
    // Peak resident memory (VmHWM) in megabytes of the window with the Trends page open
    // on "All", once it has painted and settled for `settleMs`; negative on failure.
    double peakMemoryMb(const QString &program, const QStringList &arguments, int settleMs);
    // Milliseconds from start to exit of `nervediary remind` (what the daily timer runs)
    // on a day that has an entry; negative on failure or when it did not exit 0.
    double remindMs(const QString &program, const QStringList &arguments);

private:
    QProcessEnvironment environment(const QString &probeMode) const;
    QString m_scratch;
};

} // namespace nd::bench
