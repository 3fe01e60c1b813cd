#pragma once

#include "model/Entry.h"

#include <QCoreApplication>

namespace nd {

// One line about an entry for lists: the worst limb scores, the hardest task,
// falls, and any warning sign ("Hands 4 · Feet 6 · hardest task: moderate · 1 fall").
class EntrySummary
{
    Q_DECLARE_TR_FUNCTIONS(EntrySummary)

public:
    static QString describe(const Entry &entry);
    static bool hasWarningSign(const Entry &entry);
};

} // namespace nd
