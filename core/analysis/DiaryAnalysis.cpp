#include "DiaryAnalysis.h"

#include "rules/EscalationRules.h"
#include "storage/DiaryStore.h"

namespace nd {

DiaryAnalysis DiaryAnalysis::compute(const QList<Entry> &entries,
                                     const std::optional<BaselinePeriod> &setBaseline,
                                     const QList<FlagAcknowledgement> &acknowledgements)
{
    DiaryAnalysis analysis;
    analysis.days = buildDayValues(entries);
    if (!EscalationRules::isDefaultBaseline(setBaseline))
        analysis.setBaseline = setBaseline;
    analysis.baseline = EscalationRules::baselinePeriod(analysis.days, analysis.setBaseline);
    analysis.flags = mergeAcknowledgements(EscalationRules::evaluate(analysis.days, analysis.setBaseline),
                                           acknowledgements, &analysis.unmatchedAcknowledgements);
    return analysis;
}

bool DiaryAnalysis::load(DiaryStore &store, DiaryAnalysis *analysis)
{
    const QList<Entry> entries = store.entries();
    if (store.error().isError())
        return false;
    const std::optional<BaselinePeriod> baseline = store.baseline();
    if (store.error().isError())
        return false;
    const QList<FlagAcknowledgement> acknowledgements = store.acknowledgements();
    if (store.error().isError())
        return false;
    *analysis = compute(entries, baseline, acknowledgements);
    return true;
}

} // namespace nd
