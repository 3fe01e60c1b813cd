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

bool DiaryAnalysis::Source::read(DiaryStore &store, Source *source)
{
    source->entries = store.entries();
    if (store.error().isError())
        return false;
    source->setBaseline = store.baseline();
    if (store.error().isError())
        return false;
    source->acknowledgements = store.acknowledgements();
    return !store.error().isError();
}

bool DiaryAnalysis::load(DiaryStore &store, DiaryAnalysis *analysis)
{
    Source source;
    if (!Source::read(store, &source))
        return false;
    *analysis = compute(source.entries, source.setBaseline, source.acknowledgements);
    return true;
}

} // namespace nd
