#pragma once

#include "Flag.h"
#include "model/DiaryProfile.h"

#include <QList>

#include <optional>

namespace nd {

// A flag together with its "discussed with care team" mark, if any.
struct AcknowledgedFlag
{
    Flag flag;
    std::optional<FlagAcknowledgement> acknowledgement;

    bool isDiscussed() const { return acknowledgement.has_value(); }
    // "Discussed with care team on 2026-05-14: dose lowered", or empty when not discussed.
    QString discussedText() const;
};

// Pairs each flag with its stored acknowledgement (same date, rule id and subject).
// Acknowledgements whose flag no longer exists (e.g. after a new baseline was set)
// are returned in `unmatched`, so nothing the user recorded is silently lost.
QList<AcknowledgedFlag> mergeAcknowledgements(const QList<Flag> &flags,
                                              const QList<FlagAcknowledgement> &acknowledgements,
                                              QList<FlagAcknowledgement> *unmatched = nullptr);

} // namespace nd
