#pragma once

#include "model/Entry.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace nd {

// What the diary says about one calendar day, merged from that day's entries
// (patient and caregiver) exactly as ESCALATION.md asks: per field the maximum,
// blank ignored; yes wins over no; regions are the union; a skin problem found by
// anyone counts. The rules, the estimated grade, the Trends series and the report
// all read these values, so they always agree about a day.
class DayValues
{
public:
    DayValues() = default;
    explicit DayValues(QDate date) : m_date(date) {}

    QDate date() const { return m_date; }

    // The day's maximum of a field, or nullopt when no entry rated it.
    std::optional<int> value(Field field) const { return optional(m_values[std::size_t(field)]); }
    bool isYes(Field field) const { return value(field) == 1; }

    // max(numbness, tingling, burning, pain) of the limb; blank when all four are.
    // Cold and weakness are not part of it.
    std::optional<int> limbScore(Limb limb) const { return optional(m_limbScores[std::size_t(limb)]); }

    RegionSet regions() const { return m_regions; }

    // Every skin finding recorded that day (an entry may say "none" while another
    // found a blister: the blister counts).
    bool hasSkinFinding(SkinFinding finding) const { return m_skinFindings & (1u << int(finding)); }
    bool hasSkinProblem() const { return m_skinFindings & ~1u; }
    QList<SkinFinding> skinProblems() const; // in code order, "none" left out

    // Whose entries made this day.
    bool hasEntryBy(Author author) const { return m_authors & (1u << int(author)); }
    bool isCaregiverOnly() const { return hasEntryBy(Author::Caregiver) && !hasEntryBy(Author::Patient); }

    // Adds one entry of this day (the date is not checked here: see buildDayValues).
    void merge(const Entry &entry);

private:
    // Compact on purpose (ten years are ~3,650 days, read many times by every
    // window): every field fits in 16 bits (the largest is 1,440 minutes).
    static constexpr qint16 kBlank = -1;
    static std::optional<int> optional(qint16 value)
    {
        return value == kBlank ? std::nullopt : std::optional<int>(value);
    }
    static std::array<qint16, kFieldCount> blankValues();

    QDate m_date;
    std::array<qint16, kFieldCount> m_values = blankValues();
    std::array<qint16, 2> m_limbScores = {kBlank, kBlank}; // indexed by Limb
    RegionSet m_regions;
    unsigned m_skinFindings = 0; // bit per SkinFinding
    unsigned m_authors = 0;      // bit per Author
};

// One DayValues per calendar day that has at least one entry, sorted by date.
// Entries may come in any order. Days without an entry are simply absent.
QList<DayValues> buildDayValues(const QList<Entry> &entries);

// The limb-score inputs of ESCALATION.md: numbness, tingling, burning and pain.
inline constexpr std::array<Field, 4> kHandScoreFields = {Field::NumbnessHands, Field::TinglingHands,
                                                          Field::BurningHands, Field::PainHands};
inline constexpr std::array<Field, 4> kFeetScoreFields = {Field::NumbnessFeet, Field::TinglingFeet,
                                                          Field::BurningFeet, Field::PainFeet};

} // namespace nd
