#pragma once

#include "analysis/DiaryAnalysis.h"
#include "model/DiaryProfile.h"
#include "model/TreatmentEvent.h"

#include <QFutureWatcher>
#include <QObject>

namespace nd {

class DiaryStore;

// The diary as the Trends and Alerts pages (and the urgent-flag banner) see it: day
// values, baseline, the engine's flags with their "discussed" marks, treatment events
// and the profile. Shared by those pages so the diary is read and analysed once.
//
// Reading happens on the UI thread (the store's connection belongs to it): all entries
// the first time, then only those saved since (a save re-reads one entry, not ten years
// of them). The analysis of a long diary runs on a worker thread, and updated() tells
// when the new result is in. refresh() is cheap when nothing changed, so pages call it
// whenever they are shown.
class AnalysisCache : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisCache(DiaryStore &store, QObject *parent = nullptr);
    ~AnalysisCache() override;

    DiaryStore &store() { return m_store; }

    // True once a first analysis is in.
    bool isReady() const { return m_ready; }
    bool isBusy() const { return m_watcher.isRunning(); }
    const DiaryAnalysis &analysis() const { return m_analysis; }
    const QList<Entry> &entries() const { return m_entries; } // as last read, sorted like the store's
    const QList<TreatmentEvent> &events() const { return m_events; }
    const DiaryProfile &profile() const { return m_profile; }
    // Why the last read failed, empty when it worked.
    QString errorString() const { return m_error; }

    // The flags that are urgent and not yet marked "discussed with care team".
    QList<AcknowledgedFlag> unacknowledgedUrgentFlags() const;

public slots:
    // Re-reads what changed since the last time (nothing, if nothing did) and
    // recomputes the analysis when entries, baseline or acknowledgements changed.
    void refresh();
    // Re-reads everything and recomputes.
    void reload();

signals:
    // A new analysis (or new events or profile) is in.
    void updated();
    // Reading the diary failed; errorString() says why.
    void failed(const QString &message);

private:
    struct EntryStamp
    {
        int count = -1;
        QDateTime lastSaved;
        bool operator==(const EntryStamp &other) const
        {
            return count == other.count && lastSaved == other.lastSaved;
        }
    };

    bool readSmallParts(bool *analysisInputsChanged);
    bool readEntries(const EntryStamp &stamp);
    void startCompute();
    void computeFinished();
    bool fail();

    DiaryStore &m_store;
    QFutureWatcher<DiaryAnalysis> m_watcher;
    bool m_pending = false; // another compute asked for while one runs
    bool m_ready = false;
    DiaryAnalysis m_analysis;
    QList<Entry> m_entries;
    EntryStamp m_entryStamp;
    std::optional<BaselinePeriod> m_baseline;
    QList<FlagAcknowledgement> m_acknowledgements;
    QList<TreatmentEvent> m_events;
    DiaryProfile m_profile;
    QString m_error;
};

} // namespace nd
