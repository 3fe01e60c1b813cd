#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>

namespace nd {

class DiaryStore;
struct DiaryAnalysis;

// The days on which the escalation rules raised a flag, for the History calendar.
// The diary is read on the UI thread (the store's connection lives there) and the
// rules run on a worker thread; ready() delivers the days. A request while one runs
// is remembered and run after it, so the result always matches the latest diary.
class FlagDaysLoader : public QObject
{
    Q_OBJECT

public:
    explicit FlagDaysLoader(DiaryStore &store, QObject *parent = nullptr);
    ~FlagDaysLoader() override;

    bool isBusy() const { return m_watcher.isRunning(); }

public slots:
    void request();

signals:
    void ready(const QSet<QDate> &days);
    void failed(const QString &message);

private:
    void finished();

    DiaryStore &m_store;
    QFutureWatcher<QSet<QDate>> m_watcher;
    bool m_pending = false;
};

} // namespace nd
