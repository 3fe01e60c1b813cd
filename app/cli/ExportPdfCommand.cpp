#include "ExportPdfCommand.h"

#include "CliSupport.h"
#include "i18n/Translator.h"
#include "report/ReportBuilder.h"
#include "report/ReportPdf.h"
#include "report/ReportTexts.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
// Section names for --leave-out, as the window's check boxes call them.
const std::pair<QLatin1String, ReportSection> kSectionNames[] = {
    {"charts"_L1, ReportSection::Charts},     {"table"_L1, ReportSection::DailyTable},
    {"events"_L1, ReportSection::Events},     {"notes"_L1, ReportSection::Notes},
    {"flags"_L1, ReportSection::FlagDetails},
};

// --from, --to, --page-size and --leave-out; on a usage error prints why and returns the exit status.
std::optional<int> readReportOptions(const QCommandLineParser &parser, ReportOptions *options,
                                     CliContext &context)
{
    if (!CliSupport::readDateOption(parser, u"from"_s, &options->from, context) ||
        !CliSupport::readDateOption(parser, u"to"_s, &options->to, context))
        return ExitUsage;
    const QString pageSize = parser.value(u"page-size"_s).toLower();
    if (pageSize == "letter"_L1)
        options->pageSize = QPageSize::Letter;
    else if (pageSize != "a4"_L1)
        return CliSupport::usageError(
            ExportPdfCommand::tr("--page-size needs a4 or letter, not '%1'").arg(pageSize), context);
    if (parser.isSet(u"leave-out"_s)) {
        for (const QString &name : parser.value(u"leave-out"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto it = std::find_if(std::begin(kSectionNames), std::end(kSectionNames),
                                         [&](const auto &known) { return name.trimmed() == known.first; });
            if (it == std::end(kSectionNames))
                return CliSupport::usageError(
                    ExportPdfCommand::tr("--leave-out knows charts, table, events, notes and flags, not '%1'")
                        .arg(name.trimmed()),
                    context);
            options->set(it->second, false);
        }
    }
    return std::nullopt;
}

// --language: a report for a care team that reads another language than the one the commands speak.
std::optional<int> applyReportLanguage(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.isSet(u"language"_s))
        return std::nullopt;
    const QString language = parser.value(u"language"_s).trimmed().toLower();
    const QStringList known = Translator::availableLanguages();
    if (!known.contains(language))
        return CliSupport::usageError(
            ExportPdfCommand::tr("--language knows %1, not '%2'").arg(known.join(u", "), language), context);
    Translator::applySetting(language);
    return std::nullopt;
}

} // namespace

QString ExportPdfCommand::summary() const
{
    return tr("Write the appointment report as a PDF (default: the whole diary).");
}

void ExportPdfCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser);
    parser.addOption({u"out"_s, tr("Where to write the report."), tr("REPORT.pdf")});
    parser.addOption({u"from"_s, tr("First day of the report (default: the first entry)."), tr("DATE")});
    parser.addOption({u"to"_s, tr("Last day of the report (default: the last entry)."), tr("DATE")});
    parser.addOption({u"page-size"_s, tr("Paper size: a4 (default) or letter."), tr("SIZE"), u"a4"_s});
    parser.addOption({u"language"_s,
                      tr("Language of the report's words: en (default), de, es or fr. Numbers follow it; "
                         "dates stay YYYY-MM-DD."),
                      tr("CODE")});
    parser.addOption({u"leave-out"_s,
                      tr("Sections to leave out, separated by commas: charts, table, events, notes, flags."),
                      tr("SECTIONS")});
}

int ExportPdfCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s))
        return CliSupport::usageError(tr("export-pdf needs --out REPORT.pdf"), context);
    ReportOptions options;
    if (const auto failed = readReportOptions(parser, &options, context))
        return *failed;
    if (const auto refused = CliSupport::refuseOverwritingDiary(parser, {u"out"_s}, context))
        return *refused;
    if (const auto failed = applyReportLanguage(parser, context))
        return *failed;

    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::MustExist, db, context))
        return *failed;
    const QString out = parser.value(u"out"_s);
    QString error;
    if (!ReportPdf::checkWritable(out, &error)) {
        context.err << "nervediary: " << error << Qt::endl;
        return ExitInvalidInput;
    }

    DiaryStore store(db);
    const std::optional<QDate> first = store.firstEntryDate();
    const std::optional<QDate> last = store.lastEntryDate();
    if (store.error().isError())
        return CliSupport::reportDbError(store.error(), context);
    const ReportPeriods::Period whole = ReportPeriods::wholeDiary(first, last, context.clock.today());
    if (!options.from.isValid())
        options.from = options.to.isValid() ? std::min(whole.from, options.to) : whole.from;
    if (!options.to.isValid())
        options.to = std::max(whole.to, options.from);
    if (options.from > options.to)
        return CliSupport::usageError(tr("--from must not be after --to"), context);
    options.generatedAt = context.clock.now();

    ReportData data;
    if (!ReportData::load(store, options.from, options.to, &data))
        return CliSupport::reportDbError(store.error(), context);
    const std::unique_ptr<ReportDocument> document = ReportBuilder::build(data, options);

    CliProgress progress(context, tr("Writing the report"));
    if (!ReportPdf::write(*document, out, &error, [&](int done, int total) {
            progress.update(done, total);
            return true;
        })) {
        context.err << "nervediary: " << error << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << tr("Wrote a %1-page report for %2 to %3")
                       .arg(document->pageCount())
                       .arg(ReportTexts::period(options.from, options.to), QDir::toNativeSeparators(out))
                << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
