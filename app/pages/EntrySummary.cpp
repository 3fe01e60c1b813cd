#include "EntrySummary.h"

#include "model/ValueWords.h"

#include <QStringList>

namespace nd {

namespace {
std::optional<int> worstOf(const Entry &entry, Limb limb)
{
    std::optional<int> worst;
    for (int s = 0; s < kSymptomCount; ++s) {
        const std::optional<int> value = entry.value(symptomField(Symptom(s), limb));
        if (value && (!worst || *value > *worst))
            worst = value;
    }
    return worst;
}
} // namespace

bool EntrySummary::hasWarningSign(const Entry &entry)
{
    for (Field field : kWarningSignFields) {
        if (entry.isYes(field))
            return true;
    }
    return false;
}

QString EntrySummary::describe(const Entry &entry)
{
    QStringList parts;
    if (hasWarningSign(entry))
        parts.append(tr("WARNING SIGN marked"));
    if (const std::optional<int> hands = worstOf(entry, Limb::Hands))
        parts.append(tr("Hands %1").arg(*hands));
    if (const std::optional<int> feet = worstOf(entry, Limb::Feet))
        parts.append(tr("Feet %1").arg(*feet));
    std::optional<int> hardest;
    for (Field field : kTaskFields) {
        const std::optional<int> level = entry.value(field);
        if (level && (!hardest || *level > *hardest))
            hardest = level;
    }
    if (hardest)
        parts.append(tr("hardest task: %1").arg(ValueWords::taskLevel(*hardest)));
    if (const std::optional<int> falls = entry.value(Field::Falls); falls && *falls > 0)
        parts.append(*falls == 1 ? tr("1 fall") : tr("%1 falls").arg(*falls));
    if (!entry.regions().isEmpty())
        parts.append(entry.regions().size() == 1 ? tr("1 place marked")
                                                 : tr("%1 places marked").arg(entry.regions().size()));
    if (!entry.note().isEmpty())
        parts.append(tr("note"));
    if (parts.isEmpty())
        return tr("nothing rated");
    return parts.join(tr(" · "));
}

} // namespace nd
