#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace nd {

// For the benchmark: when NERVEDIARY_REPORT_FIRST_PAINT is set, prints "first-paint"
// on standard output once the first main window has painted a whole frame, then
// quits (unless the variable is "stay", used to measure memory with the window open).
class FirstPaintProbe : public QObject
{
public:
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
    bool m_stay = false;
};

} // namespace nd
