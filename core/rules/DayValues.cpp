#include "DayValues.h"

#include <algorithm>
#include <numeric>

namespace nd {

namespace {

std::optional<int> maxOf(std::optional<int> a, std::optional<int> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::max(*a, *b);
}

} // namespace

QList<SkinFinding> DayValues::skinProblems() const
{
    QList<SkinFinding> problems;
    for (int code = int(SkinFinding::None) + 1; code < kSkinFindingCount; ++code)
        if (hasSkinFinding(SkinFinding(code)))
            problems.append(SkinFinding(code));
    return problems;
}

void DayValues::merge(const Entry &entry)
{
    for (std::size_t i = 0; i < m_values.size(); ++i)
        m_values[i] = maxOf(m_values[i], entry.value(Field(i)));
    for (Limb limb : {Limb::Hands, Limb::Feet}) {
        std::optional<int> &score = m_limbScores[std::size_t(limb)];
        for (Symptom symptom : kLimbScoreSymptoms)
            score = maxOf(score, entry.value(symptomField(symptom, limb)));
    }
    m_regions = m_regions.united(entry.regions());
    if (const std::optional<int> skin = entry.value(Field::Skin);
        skin && *skin >= 0 && *skin < kSkinFindingCount)
        m_skinFindings |= 1u << *skin;
    m_authors |= 1u << int(entry.author());
}

QList<DayValues> buildDayValues(const QList<Entry> &entries)
{
    // Sort positions, not entries: the store already returns them sorted, and then
    // this is a cheap linear pass.
    std::vector<qsizetype> order(std::size_t(entries.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return entries[a].date() < entries[b].date(); });

    QList<DayValues> days;
    for (qsizetype index : order) {
        const Entry &entry = entries[index];
        if (!entry.date().isValid())
            continue;
        if (days.isEmpty() || days.last().date() != entry.date())
            days.append(DayValues(entry.date()));
        days.last().merge(entry);
    }
    return days;
}

} // namespace nd
