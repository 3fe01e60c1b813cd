#pragma once

#include <QFutureWatcher>
#include <QObject>

class QAction;
class QWidget;

namespace nd {

class DiaryStore;

// File → Export as FHIR…: asks where to save, then writes the same bundle as
// `nervediary export-fhir`. The diary is read on the UI thread (the store is not
// shared across threads); building and writing the JSON, a few seconds for ten
// years, runs on a worker thread. The result is told in a message box and by
// finished(). The action is disabled while an export runs.
class FhirExportAction : public QObject
{
    Q_OBJECT

public:
    FhirExportAction(DiaryStore &store, QWidget *window);

    // Put this into a menu; it is owned by this object.
    QAction *action() const { return m_action; }

    // Exports to `path` without asking (the action's second half; for tests and scripts).
    void exportTo(const QString &path);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // `message` is what the user was told: counts on success, the reason on failure.
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
    };

    void chooseFileAndExport();
    void exportFinished();
    void retranslateUi();
    bool eventFilter(QObject *watched, QEvent *event) override;

    DiaryStore &m_store;
    QWidget *m_window;
    QAction *m_action;
    QFutureWatcher<Outcome> m_watcher;
    QString m_summary; // counts of the running export, told when it succeeded
};

} // namespace nd
