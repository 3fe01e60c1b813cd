#pragma once

#include "model/DiaryProfile.h"
#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QList>

#include <functional>

namespace nd {

class DiaryStore;

struct DemoOptions
{
    int days = 180;
    quint32 seed = 1;
    QDate lastDay;            // the diary ends here (usually today)
    bool missSomeDays = true; // leave ~6 % of days unlogged, as real diaries do
};

struct DemoDiary
{
    QList<Entry> entries;
    QList<TreatmentEvent> events;
    DiaryProfile profile;
};

// A realistic, made-up diary for trying the app: infusions every three weeks,
// symptoms that creep up after the third cycle and spread from fingertips and toes
// towards wrists and ankles, tasks that get harder, a few missed days, weekly
// caregiver notes and the odd fall. The same options always give the same diary.
DemoDiary generateDemoDiary(const DemoOptions &options);

// Writes `demo` (entries, treatment events, profile) into `store` in one transaction: all of it
// or, when a write fails, nothing (the store's error() says why). `progress` is told how
// many entries are written so far, for a progress line on long diaries.
bool writeDemoDiary(DiaryStore &store, const DemoDiary &demo,
                    const std::function<void(qsizetype done, qsizetype total)> &progress = {});

} // namespace nd
