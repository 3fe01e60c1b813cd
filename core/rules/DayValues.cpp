#include "DayValues.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace nd {

std::array<qint16, kFieldCount> DayValues::blankValues()
{
    std::array<qint16, kFieldCount> values;
    values.fill(kBlank);
    return values;
}

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
        if (const std::optional<int> value = entry.value(Field(i)); value && *value >= 0) {
            // Stored values are validated (≤ 1,440); the cap only guards the 16 bits.
            const int highest = std::max(int(m_values[i]), *value);
            m_values[i] = qint16(std::min(highest, int(std::numeric_limits<qint16>::max())));
        }
    // The maximum of maxima: the same as taking each entry's limb score first.
    for (Field field : kHandScoreFields)
        m_limbScores[0] = std::max(m_limbScores[0], m_values[std::size_t(field)]);
    for (Field field : kFeetScoreFields)
        m_limbScores[1] = std::max(m_limbScores[1], m_values[std::size_t(field)]);
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
    days.reserve(entries.size());
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
