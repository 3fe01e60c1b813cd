#include "CsvExporter.h"

#include "CsvParser.h"
#include "DiaryCsvFormat.h"

namespace nd::CsvExporter {

QByteArray entriesCsv(const QList<Entry> &entries)
{
    QString text = csvLine(DiaryCsvFormat::entryColumns());
    for (const Entry &entry : entries)
        text += csvLine(DiaryCsvFormat::entryRow(entry));
    return text.toUtf8();
}

QByteArray eventsCsv(const QList<TreatmentEvent> &events)
{
    QString text = csvLine(DiaryCsvFormat::eventColumns());
    for (const TreatmentEvent &event : events)
        text += csvLine(DiaryCsvFormat::eventRow(event));
    return text.toUtf8();
}

} // namespace nd::CsvExporter
