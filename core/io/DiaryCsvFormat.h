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
QStringList entryColumns();
QStringList eventColumns(); // date, kind, name, note

QStringList entryRow(const Entry &entry);
QStringList eventRow(const TreatmentEvent &event);

// Reads one cell into `entry`; returns an empty string on success, else the reason.
QString readEntryCell(Entry &entry, const QString &column, const QString &text);
QString readEventCell(TreatmentEvent &event, const QString &column, const QString &text);

// Strict YYYY-MM-DD.
std::optional<QDate> parseDate(const QString &text);

} // namespace DiaryCsvFormat
} // namespace nd
