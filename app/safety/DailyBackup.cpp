#include "DailyBackup.h"

#include "WindowDiaryOpener.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace nd {

namespace {
// A window that never paints (started minimised, say) still gets its copy.
constexpr int kLatestStartMs = 3000;
} // namespace

DailyBackup::DailyBackup(const QString &diaryPath, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(diaryPath), m_clock(clock)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_finished = true;
        emit finished(m_watcher.result());
    });
}

DailyBackup::~DailyBackup()
{
    m_watcher.waitForFinished();
}

void DailyBackup::startAfterFirstPaint(QWidget *window)
{
    m_window = window;
    window->installEventFilter(this);
    QTimer::singleShot(kLatestStartMs, this, &DailyBackup::start);
}

bool DailyBackup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint) {
        m_window->removeEventFilter(this);
        // After the whole first frame: children paint in the same pass.
        QTimer::singleShot(0, this, &DailyBackup::start);
    }
    return QObject::eventFilter(watched, event);
}

void DailyBackup::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_window)
        m_window->removeEventFilter(this);
    m_watcher.setFuture(QtConcurrent::run(&WindowDiaryOpener::backUpIfDue, m_path, std::cref(m_clock)));
}

} // namespace nd
