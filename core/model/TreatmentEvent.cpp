#include "TreatmentEvent.h"

#include <array>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
constexpr std::array<QLatin1String, kEventKindCount> kKindCodes = {
    "infusion"_L1,         "medication_start"_L1,  "medication_change"_L1, "medication_stop"_L1,
    "treatment_paused"_L1, "treatment_resumed"_L1, "appointment"_L1,       "other"_L1};
} // namespace

QLatin1String eventKindCode(EventKind kind)
{
    return kKindCodes[std::size_t(kind)];
}

std::optional<EventKind> eventKindFromCode(QStringView code)
{
    for (int i = 0; i < kEventKindCount; ++i) {
        if (code == kKindCodes[std::size_t(i)])
            return EventKind(i);
    }
    return std::nullopt;
}

} // namespace nd
