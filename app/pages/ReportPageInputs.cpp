#include "ReportPageInputs.h"

#include "storage/DiaryStore.h"

namespace nd {

std::shared_ptr<const ReportInputs> readReportInputs(DiaryStore &store, const ReportInputs *previous)
{
    auto inputs = std::make_shared<ReportInputs>();
    inputs->entryCount = store.entryCount();
    if (!store.error().isError())
        inputs->lastSaved = store.lastSavedAt();
    if (!store.error().isError()) {
        if (previous && previous->error.isEmpty() && previous->entryCount == inputs->entryCount &&
            previous->lastSaved == inputs->lastSaved) {
            inputs->entries = previous->entries;
            inputs->firstDay = previous->firstDay;
        } else {
            inputs->entries = store.entries();
            for (const Entry &entry : std::as_const(inputs->entries))
                if (!inputs->firstDay || entry.date() < *inputs->firstDay)
                    inputs->firstDay = entry.date();
        }
    }
    if (!store.error().isError())
        inputs->events = store.events();
    if (!store.error().isError())
        inputs->profile = store.profile();
    if (!store.error().isError())
        inputs->baseline = store.baseline();
    if (!store.error().isError())
        inputs->acknowledgements = store.acknowledgements();
    if (store.error().isError()) {
        inputs->error = store.errorString();
        inputs->entries.clear();
        inputs->firstDay.reset();
    }
    return inputs;
}

} // namespace nd
