#pragma once

#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QStringList>

#include <optional>

namespace nd {

// The column contract of FORMATS.md: names, order and how each value is written
// and read. Import, export and their tests all go through here.
namespace DiaryCsvFormat {

// Every entry column in export order: date, author, the twelve scores, regions,
// the remaining fields, note.
// Free-text cells (an entry's note, an event's name and note) as exported: one ' in front when
// they begin with = + - @ tab, carriage return or ' (FORMATS.md, contract v2), and as imported:
// one leading ' removed, so the round trip is exact.
QString protectFreeText(const QString &text);
QString unprotectFreeText(const QString &text);

QStringList entryColumns();
QStringList eventColumns(); // date, kind, name, note

QStringList entryRow(const Entry &entry);
QStringList eventRow(const TreatmentEvent &event);

// An entry column, resolved from its header name once per file (not once per cell).
struct EntryColumn
{
    enum class Kind { Date, Author, Regions, Note, Value };
    Kind kind = Kind::Value;
    Field field = Field(0); // for Kind::Value
};
std::optional<EntryColumn> entryColumn(QStringView name);

// Reads one cell into `entry`; returns an empty string on success, else the reason.
QString readEntryCell(Entry &entry, EntryColumn column, const QString &text);
QString readEntryCell(Entry &entry, const QString &column, const QString &text);
QString readEventCell(TreatmentEvent &event, const QString &column, const QString &text);

// Strict YYYY-MM-DD.
std::optional<QDate> parseDate(const QString &text);

} // namespace DiaryCsvFormat
} // namespace nd
