#include "FlagDaysLoader.h"

#include "analysis/DiaryAnalysis.h"
#include "storage/DiaryStore.h"

#include <QtConcurrent>

namespace nd {

FlagDaysLoader::FlagDaysLoader(DiaryStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_watcher, &QFutureWatcher<QSet<QDate>>::finished, this, &FlagDaysLoader::finished);
}

FlagDaysLoader::~FlagDaysLoader()
{
    m_watcher.waitForFinished();
}

void FlagDaysLoader::request()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    QList<Entry> entries = m_store.entries();
    const std::optional<BaselinePeriod> baseline = m_store.baseline();
    if (m_store.error().isError()) {
        emit failed(m_store.errorString());
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([entries = std::move(entries), baseline] {
        QSet<QDate> days;
        const DiaryAnalysis analysis = DiaryAnalysis::compute(entries, baseline, {});
        for (const AcknowledgedFlag &flag : analysis.flags)
            days.insert(flag.flag.date);
        return days;
    }));
}

void FlagDaysLoader::finished()
{
    emit ready(m_watcher.result());
    if (m_pending) {
        m_pending = false;
        request();
    }
}

} // namespace nd
