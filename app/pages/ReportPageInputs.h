#pragma once

#include "report/ReportData.h"

#include <QDateTime>

#include <memory>

namespace nd {

class DiaryStore;

// What the report is made from, read from the store on the window's thread and then
// shared, read-only, with the workers that analyse, lay out and write.
struct ReportInputs
{
    QList<Entry> entries;
    QList<TreatmentEvent> events;
    DiaryProfile profile;
    std::optional<BaselinePeriod> baseline;
    QList<FlagAcknowledgement> acknowledgements;
    std::optional<QDate> firstDay;
    int entryCount = -1; // with lastSaved: whether the entries changed since they were read
    QDateTime lastSaved;
    QString error; // why reading failed, empty when it worked

    ReportData dataFor(const ReportOptions &options) const
    {
        return ReportData::compute(entries, events, profile, baseline, acknowledgements, options.from,
                                   options.to);
    }
};

// Reads the diary; the entries (the only large part) are taken over from `previous`
// when none was added, changed or removed since.
std::shared_ptr<const ReportInputs> readReportInputs(DiaryStore &store, const ReportInputs *previous);

} // namespace nd
