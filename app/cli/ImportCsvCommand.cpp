#include "ImportCsvCommand.h"

#include "CliSupport.h"
#include "io/CsvImporter.h"

#include <QCoreApplication>

#include <algorithm>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
// A file can hold any number of problems (100,000 unknown columns): the first ones are
// enough to see what is wrong; the rest are counted, not printed.
constexpr qsizetype kProblemsListed = 20;

void printProblems(const QList<ImportProblem> &problems, CliContext &context)
{
    for (qsizetype i = 0; i < std::min(problems.size(), kProblemsListed); ++i)
        context.err << problems[i].toString() << Qt::endl;
    if (problems.size() > kProblemsListed)
        context.err << QCoreApplication::translate("ImportCsvCommand",
                                                   "… and %n more problem(s), not listed.", nullptr,
                                                   int(problems.size() - kProblemsListed))
                    << Qt::endl;
}

} // namespace

QString ImportCsvCommand::summary() const
{
    return tr("Import entries (and treatment events) from CSV, all or nothing.");
}

void ImportCsvCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser);
    parser.addPositionalArgument(u"ENTRIES.csv"_s, tr("The entries file."));
    parser.addOption({u"events"_s, tr("A treatment events file to import as well."), tr("EVENTS.csv")});
    parser.addOption({u"on-conflict"_s,
                      tr("What to do with an entry whose date and author are already in the diary: fail "
                         "(default), skip (keep the stored one) or replace."),
                      tr("POLICY"), u"fail"_s});
}

int ImportCsvCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return CliSupport::usageError(tr("import-csv needs exactly one entries file"), context);
    const QString policyText = parser.value(u"on-conflict"_s);
    ConflictPolicy policy;
    if (policyText == "fail"_L1)
        policy = ConflictPolicy::Fail;
    else if (policyText == "skip"_L1)
        policy = ConflictPolicy::Skip;
    else if (policyText == "replace"_L1)
        policy = ConflictPolicy::Replace;
    else
        return CliSupport::usageError(tr("--on-conflict must be fail, skip or replace"), context);

    // Read and check everything before the diary is even opened: bad input
    // never touches the file.
    CsvImporter importer;
    if (!importer.read(files.first(), parser.value(u"events"_s))) {
        printProblems(importer.problems(), context);
        context.err << QCoreApplication::translate("ImportCsvCommand",
                                                   "nervediary: %n problem(s) found; nothing was imported.",
                                                   nullptr, int(importer.problems().size()))
                    << Qt::endl;
        return ExitInvalidInput;
    }

    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::CreateIfMissing, db, context))
        return *failed;
    DiaryStore store(db);
    CliProgress progress(context, tr("Importing"));
    if (!importer.apply(store, policy, [&](int done, int total) { progress.update(done, total); })) {
        if (importer.error().isError())
            return CliSupport::reportDbError(importer.error(), context);
        printProblems(importer.problems(), context);
        context.err << QCoreApplication::translate(
                           "ImportCsvCommand",
                           "nervediary: %n conflict(s) with the diary; nothing was imported.", nullptr,
                           int(importer.problems().size()))
                    << Qt::endl;
        return ExitInvalidInput;
    }
    const ImportCounts &counts = importer.counts();
    context.out
        << tr("Imported %1 new entries, replaced %2, skipped %3; %4 treatment events added, %5 replaced, "
              "%6 skipped.")
               .arg(counts.entriesAdded)
               .arg(counts.entriesReplaced)
               .arg(counts.entriesSkipped)
               .arg(counts.eventsAdded)
               .arg(counts.eventsReplaced)
               .arg(counts.eventsSkipped)
        << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
