#include "ExportCsvCommand.h"

#include "CliSupport.h"
#include "io/CsvExporter.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCsvCommand", text);
}
} // namespace

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
    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::MustExist, db, context))
        return *failed;
    DiaryStore store(db);
    const QList<Entry> entries = store.entries();
    if (store.lastError().isError())
        return CliSupport::reportDbError(store.lastError(), context);
    const QList<TreatmentEvent> events = store.events();
    if (store.lastError().isError())
        return CliSupport::reportDbError(store.lastError(), context);

    // A file that cannot be written (permissions, full disk) is exit status 3, as for
    // `backup`: status 2 is reserved for invalid input data.
    QString error;
    if (!PrivateFiles::writeAtomically(parser.value(u"out"_s), CsvExporter::entriesCsv(entries), &error)) {
        context.err << "nervediary: " << error << Qt::endl;
        return ExitDatabase;
    }
    if (parser.isSet(u"events-out"_s) &&
        !PrivateFiles::writeAtomically(parser.value(u"events-out"_s), CsvExporter::eventsCsv(events),
                                       &error)) {
        context.err << "nervediary: " << error << Qt::endl;
        return ExitDatabase;
    }
    context.out << tr("Exported %1 entries and %2 treatment events.").arg(entries.size()).arg(events.size())
                << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
