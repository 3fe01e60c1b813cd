#include "AnalysisCache.h"

#include "storage/DiaryStore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace nd {

namespace {

// The place of (date, author) in entries sorted like DiaryStore::entries().
bool before(const Entry &entry, const Entry &other)
{
    if (entry.date() != other.date())
        return entry.date() < other.date();
    return entry.author() == Author::Patient && other.author() == Author::Caregiver;
}

// Puts `entry` in its place, replacing the one of the same date and author.
void merge(QList<Entry> &entries, const Entry &entry)
{
    const auto at = std::lower_bound(entries.begin(), entries.end(), entry, before);
    if (at != entries.end() && at->date() == entry.date() && at->author() == entry.author())
        *at = entry;
    else
        entries.insert(at, entry);
}

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
    m_error = m_store.errorString();
    emit failed(m_error);
    return false;
}

bool AnalysisCache::readSmallParts(bool *analysisInputsChanged)
{
    const std::optional<BaselinePeriod> baseline = m_store.baseline();
    if (m_store.error().isError())
        return fail();
    const QList<FlagAcknowledgement> acknowledgements = m_store.acknowledgements();
    if (m_store.error().isError())
        return fail();
    const QList<TreatmentEvent> events = m_store.events();
    if (m_store.error().isError())
        return fail();
    const DiaryProfile profile = m_store.profile();
    if (m_store.error().isError())
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
    if (m_store.error().isError()) {
        fail();
        return;
    }
    bool inputsChanged = false;
    const bool smallChanged = readSmallParts(&inputsChanged);
    if (!m_error.isEmpty())
        return;
    const bool entriesChanged = !(stamp == m_entryStamp);
    if (entriesChanged) {
        if (!readEntries(stamp))
            return;
        m_entryStamp = stamp;
    }
    if (entriesChanged || inputsChanged || !m_ready)
        startCompute();
    else if (smallChanged)
        emit updated();
}

bool AnalysisCache::readEntries(const EntryStamp &stamp)
{
    // Entries saved since the last read replace or join those read before. If that does
    // not add up to the diary's count, something was deleted: then everything is read.
    if (m_entryStamp.lastSaved.isValid() && stamp.lastSaved >= m_entryStamp.lastSaved) {
        const QList<Entry> changed = m_store.entriesSavedSince(m_entryStamp.lastSaved);
        if (m_store.error().isError())
            return fail();
        for (const Entry &entry : changed)
            merge(m_entries, entry);
        if (m_entries.size() == stamp.count)
            return true;
    }
    m_entries = m_store.entries();
    if (m_store.error().isError())
        return fail();
    return true;
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
