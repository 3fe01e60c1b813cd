#include "ExportCsvCommand.h"

#include "CliSupport.h"
#include "io/CsvExporter.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

QString ExportCsvCommand::summary() const
{
    return tr("Export all entries (and treatment events) as CSV.");
}

void ExportCsvCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser);
    parser.addOption({u"out"_s, tr("Where to write the entries."), tr("ENTRIES.csv")});
    parser.addOption({u"events-out"_s, tr("Where to write the treatment events."), tr("EVENTS.csv")});
}

int ExportCsvCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s))
        return CliSupport::usageError(tr("export-csv needs --out ENTRIES.csv"), context);
    if (const auto refused = CliSupport::refuseOverwritingDiary(parser, {u"out"_s, u"events-out"_s}, context))
        return *refused;
    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::MustExist, db, context))
        return *failed;
    DiaryStore store(db);
    const QList<Entry> entries = store.entries();
    if (store.error().isError())
        return CliSupport::reportDbError(store.error(), context);
    const QList<TreatmentEvent> events = store.events();
    if (store.error().isError())
        return CliSupport::reportDbError(store.error(), context);

    // An output file that cannot be written is exit status 2, as for every export
    // (export-pdf, export-fhir): the diary itself is fine, the given path is not.
    QString error;
    if (!PrivateFiles::writeAtomically(parser.value(u"out"_s), CsvExporter::entriesCsv(entries), &error)) {
        context.err << "nervediary: " << error << Qt::endl;
        return ExitInvalidInput;
    }
    if (parser.isSet(u"events-out"_s) &&
        !PrivateFiles::writeAtomically(parser.value(u"events-out"_s), CsvExporter::eventsCsv(events),
                                       &error)) {
        context.err << "nervediary: " << error << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << tr("Exported %1 entries and %2 treatment events.").arg(entries.size()).arg(events.size())
                << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
