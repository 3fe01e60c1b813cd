#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace nd {

// For the benchmark: when NERVEDIARY_REPORT_FIRST_PAINT is set, prints "first-paint"
// on standard output once the first main window has painted a whole frame, then
// quits. The variable's value chooses what follows the first paint:
//   "stay"         keep running (the benchmark reads the memory of the open window);
//   "trends"       then open the Trends page on "All" the way a user does (side bar,
//                  then the range button), print "trends-painted MS" once its charts
//                  have painted with the diary's data, and quit;
//   "trends-stay"  the same, then keep running.
// Only object names are used, so the bare-window floor links Qt Widgets alone.
class FirstPaintProbe : public QObject
{
public:
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void afterFirstPaint();
    void openTrendsOnAll();
    void reportTrendsPainted();
    bool trendsShowData() const;

    bool m_seen = false;
    bool m_stay = false;
    bool m_trends = false;
    bool m_trendsReported = false;
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_charts;
    QElapsedTimer m_trendsTimer;
};

} // namespace nd
