#pragma once

#include "model/DiaryProfile.h"
#include "model/Entry.h"
#include "model/TreatmentEvent.h"
#include "rules/AcknowledgedFlag.h"
#include "rules/DayValues.h"

#include <QList>

#include <optional>

namespace nd {

class DiaryStore;

// Everything the rules derive from one diary: its day values, the baseline in force
// and the flags with their "discussed" marks. The `flags` command, the Alerts page
// and the PDF report all get their flags from here, so they always agree.
struct DiaryAnalysis
{
    QList<DayValues> days;                                // one per day with entries, sorted
    std::optional<BaselinePeriod> setBaseline;            // as stored by the user, if any
    std::optional<BaselinePeriod> baseline;               // in force: set or default; none for an empty diary
    QList<AcknowledgedFlag> flags;                        // sorted by date, rule number, subject
    QList<FlagAcknowledgement> unmatchedAcknowledgements; // marks whose flag no longer exists

    bool usesDefaultBaseline() const { return !setBaseline.has_value(); }

    // Pure: from data already loaded (safe to run on a worker thread).
    static DiaryAnalysis compute(const QList<Entry> &entries,
                                 const std::optional<BaselinePeriod> &setBaseline,
                                 const QList<FlagAcknowledgement> &acknowledgements);

    // What the analysis is computed from, as read from a diary.
    struct Source
    {
        QList<Entry> entries;
        std::optional<BaselinePeriod> setBaseline;
        QList<FlagAcknowledgement> acknowledgements;

        // Returns false on a database error; store.error() says why.
        static bool read(DiaryStore &store, Source *source);
    };

    // Reads the source from the store and computes; false on a database error.
    static bool load(DiaryStore &store, DiaryAnalysis *analysis);
};

} // namespace nd
