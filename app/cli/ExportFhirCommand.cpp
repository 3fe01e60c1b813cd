#include "ExportFhirCommand.h"

#include "CliSupport.h"
#include "fhir/FhirDiaryInput.h"
#include "util/Clock.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

QString ExportFhirCommand::summary() const
{
    return tr("Export the whole diary as a FHIR R4 bundle (JSON) for other health apps and records.");
}

void ExportFhirCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser);
    parser.addOption({u"out"_s, tr("Where to write the bundle."), tr("BUNDLE.json")});
}

int ExportFhirCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s))
        return CliSupport::usageError(tr("export-fhir needs --out BUNDLE.json"), context);
    if (const auto refused = CliSupport::refuseOverwritingDiary(parser, {u"out"_s}, context))
        return *refused;
    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::MustExist, db, context))
        return *failed;
    DiaryStore store(db);
    FhirExportInput input;
    if (!FhirDiaryInput::read(store, &input))
        return CliSupport::reportDbError(store.error(), context);
    input.exportedAt = context.clock.now();
    input.appVersion = QCoreApplication::applicationVersion();

    QString error;
    if (!PrivateFiles::writeAtomically(parser.value(u"out"_s), FhirExport::bundleJson(input), &error)) {
        context.err << "nervediary: " << error << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << tr("Exported %1 entries, %2 treatment events, %3 flags and %4 daily grades as FHIR.")
                       .arg(input.entries.size())
                       .arg(input.events.size())
                       .arg(input.flags.size())
                       .arg(input.grades.size())
                << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
