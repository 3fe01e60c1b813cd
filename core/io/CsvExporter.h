#pragma once

#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QByteArray>
#include <QList>

namespace nd {

// Renders diary data as CSV in the column order of FORMATS.md (UTF-8, LF line ends).
// Importing the output into an empty diary gives back identical data.
namespace CsvExporter {
QByteArray entriesCsv(const QList<Entry> &entries);
QByteArray eventsCsv(const QList<TreatmentEvent> &events);
} // namespace CsvExporter

} // namespace nd
