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
    // Peak resident memory (VmHWM) in megabytes once the window has painted and
    // settled for `settleMs`, or negative on failure.
    double peakMemoryMb(const QString &program, const QStringList &arguments, int settleMs);

private:
    QProcessEnvironment environment(bool stay) const;
    QString m_scratch;
};

} // namespace nd::bench
