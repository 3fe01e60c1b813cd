#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QWidget;

namespace nd {

class Clock;

// The day's first backup for the window (docs/data-safety.md, promise 2), made after
// the window has painted its first frame, on a worker thread with a connection of its
// own: copying, syncing and checking a long diary takes longer than starting the window.
// The copy is still only taken of a file that passed its check, and pruning still
// happens only once the new copy proved good (BackupManager).
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    DailyBackup(const QString &diaryPath, const Clock &clock, QObject *parent = nullptr);
    ~DailyBackup() override; // waits for a copy in progress: it must not be cut off

    // Starts once `window` has painted (or after a few seconds if it never does).
    void startAfterFirstPaint(QWidget *window);
    // Starts now (once: later calls do nothing).
    void start();
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }

signals:
    // `warning` is empty when the copy was made or was not due.
    void finished(const QString &warning);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_path;
    const Clock &m_clock;
    QPointer<QWidget> m_window;
    QFutureWatcher<QString> m_watcher;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace nd
