#include "AnalysisCache.h"

#include "storage/DiaryStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace nd {

namespace {

bool sameEvents(const QList<TreatmentEvent> &a, const QList<TreatmentEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || !a[i].sameContent(b[i]))
            return false;
    return true;
}

} // namespace

AnalysisCache::AnalysisCache(DiaryStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_watcher, &QFutureWatcher<DiaryAnalysis>::finished, this, &AnalysisCache::computeFinished);
}

AnalysisCache::~AnalysisCache()
{
    // The worker only reads copies, but it must not outlive the watcher.
    m_watcher.waitForFinished();
}

QList<AcknowledgedFlag> AnalysisCache::unacknowledgedUrgentFlags() const
{
    QList<AcknowledgedFlag> result;
    for (const AcknowledgedFlag &flag : m_analysis.flags)
        if (flag.flag.level() == FlagLevel::Urgent && !flag.isDiscussed())
            result.append(flag);
    return result;
}

bool AnalysisCache::fail()
{
    m_error = m_store.lastError().message;
    emit failed(m_error);
    return false;
}

bool AnalysisCache::readSmallParts(bool *analysisInputsChanged)
{
    const std::optional<BaselinePeriod> baseline = m_store.baseline();
    if (m_store.lastError().isError())
        return fail();
    const QList<FlagAcknowledgement> acknowledgements = m_store.acknowledgements();
    if (m_store.lastError().isError())
        return fail();
    const QList<TreatmentEvent> events = m_store.events();
    if (m_store.lastError().isError())
        return fail();
    const DiaryProfile profile = m_store.profile();
    if (m_store.lastError().isError())
        return fail();
    *analysisInputsChanged = !(baseline == m_baseline) || acknowledgements != m_acknowledgements;
    const bool othersChanged = !sameEvents(events, m_events) || !(profile == m_profile);
    m_baseline = baseline;
    m_acknowledgements = acknowledgements;
    m_events = events;
    m_profile = profile;
    m_error.clear();
    return *analysisInputsChanged || othersChanged;
}

void AnalysisCache::refresh()
{
    const EntryStamp stamp{m_store.entryCount(), m_store.lastSavedAt()};
    if (m_store.lastError().isError()) {
        fail();
        return;
    }
    bool inputsChanged = false;
    const bool smallChanged = readSmallParts(&inputsChanged);
    if (!m_error.isEmpty())
        return;
    const bool entriesChanged = !(stamp == m_entryStamp);
    if (entriesChanged) {
        m_entries = m_store.entries();
        if (m_store.lastError().isError()) {
            fail();
            return;
        }
        m_entryStamp = stamp;
    }
    if (entriesChanged || inputsChanged || !m_ready)
        startCompute();
    else if (smallChanged)
        emit updated();
}

void AnalysisCache::reload()
{
    m_entryStamp = EntryStamp();
    refresh();
}

void AnalysisCache::startCompute()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_watcher.setFuture(
        QtConcurrent::run(&DiaryAnalysis::compute, m_entries, m_baseline, m_acknowledgements));
}

void AnalysisCache::computeFinished()
{
    m_analysis = m_watcher.result();
    m_ready = true;
    if (m_pending) {
        startCompute();
        return;
    }
    emit updated();
}

} // namespace nd
