#pragma once

#include "Field.h"
#include "Region.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace nd {

enum class Author { Patient, Caregiver };
QLatin1String authorCode(Author author);
std::optional<Author> authorFromCode(QStringView code);

// A problem with one field of a value, named so the user can find and fix it.
struct FieldProblem
{
    QString field; // the contract name, e.g. "numbness_hands"
    QString reason;
};

// One diary entry: what one author recorded for one calendar day.
// A value object: no storage, no validation on set (call problems()).
class Entry
{
public:
    Entry() = default;
    Entry(QDate date, Author author) : m_date(date), m_author(author) {}

    QDate date() const { return m_date; }
    void setDate(QDate date) { m_date = date; }
    Author author() const { return m_author; }
    void setAuthor(Author author) { m_author = author; }

    // Blank (std::nullopt) means "not rated" or "not checked".
    std::optional<int> value(Field field) const { return m_values[std::size_t(field)]; }
    void setValue(Field field, std::optional<int> value) { m_values[std::size_t(field)] = value; }
    bool isYes(Field field) const { return value(field) == 1; }

    RegionSet regions() const { return m_regions; }
    void setRegions(RegionSet regions) { m_regions = regions; }

    QString note() const { return m_note; }
    void setNote(const QString &note) { m_note = note; }

    // True when nothing at all was recorded besides date and author.
    bool isBlank() const;

    // Everything that makes this entry unfit to store: invalid date, values out of range.
    QList<FieldProblem> problems() const;
    bool isValid() const { return problems().isEmpty(); }

    bool operator==(const Entry &other) const;
    bool operator!=(const Entry &other) const { return !(*this == other); }

private:
    QDate m_date;
    Author m_author = Author::Patient;
    std::array<std::optional<int>, kFieldCount> m_values{};
    RegionSet m_regions;
    QString m_note;
};

} // namespace nd
