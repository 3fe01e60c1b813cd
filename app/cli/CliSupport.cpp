#include "CliSupport.h"

#include "model/DiaryProfile.h"
#include "storage/BackupManager.h"
#include "storage/DiaryFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
// Texts of this file, translated in the context "CliSupport". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliSupport)
};
} // namespace

QString CliSupport::defaultDiaryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"diary.sqlite"_s);
}

void CliSupport::addDbOption(QCommandLineParser &parser, bool required)
{
    parser.addOption(
        {u"db"_s,
         required ? Tr::tr("The diary file.")
                  : Tr::tr("The diary file (default: %1).").arg(QDir::toNativeSeparators(defaultDiaryPath())),
         Tr::tr("FILE")});
}

QString CliSupport::diaryPath(const QCommandLineParser &parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : defaultDiaryPath();
}

std::optional<int> CliSupport::openDiary(const QCommandLineParser &parser, Database::OpenMode mode,
                                         Database &db, CliContext &context)
{
    // Data safety (docs/data-safety.md): a backup before any format update, and the day's
    // first backup when a command that writes opens the diary.
    BackupManager backups(diaryPath(parser), context.clock);
    backups.protectMigrations(db);
    if (!db.open(diaryPath(parser), mode))
        return reportDbError(db.error(), context);
    if (mode == Database::OpenMode::CreateIfMissing && !backups.backUpIfDue(db))
        context.err << "nervediary: "
                    << Tr::tr("warning: today's backup was not made: %1").arg(backups.errorString())
                    << Qt::endl;
    return std::nullopt;
}

int CliSupport::reportDbError(const DbError &error, CliContext &context)
{
    context.err << "nervediary: " << error.message << Qt::endl;
    return error.kind == DbErrorKind::Invalid ? ExitInvalidInput : ExitDatabase;
}

std::optional<int> CliSupport::refuseOverwritingDiary(const QCommandLineParser &parser,
                                                      const QStringList &outputOptions, CliContext &context)
{
    for (const QString &option : outputOptions) {
        if (!parser.isSet(option))
            continue;
        const QString refusal = DiaryFiles::refuseOutput(parser.value(option), diaryPath(parser));
        if (!refusal.isEmpty())
            return usageError(refusal, context);
    }
    return std::nullopt;
}

bool CliSupport::readDateOption(const QCommandLineParser &parser, const QString &option, QDate *date,
                                CliContext &context)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid() && text.size() == 10)
        return true;
    usageError(Tr::tr("--%1 needs a date in the form YYYY-MM-DD, not '%2'").arg(option, text), context);
    return false;
}

std::optional<int> CliSupport::openDiaryForPeriod(const QCommandLineParser &parser, Database &db, QDate *from,
                                                  QDate *to, CliContext &context)
{
    if (!readDateOption(parser, u"from"_s, from, context) || !readDateOption(parser, u"to"_s, to, context))
        return ExitUsage;
    if (from->isValid() && to->isValid() && *from > *to)
        return usageError(Tr::tr("--from must not be after --to"), context);
    return openDiary(parser, Database::OpenMode::MustExist, db, context);
}

void CliSupport::addListingOptions(QCommandLineParser &parser, const QString &fromHelp, const QString &toHelp,
                                   const QString &jsonHelp)
{
    addDbOption(parser);
    parser.addOption({u"from"_s, fromHelp, Tr::tr("DATE")});
    parser.addOption({u"to"_s, toHelp, Tr::tr("DATE")});
    parser.addOption({u"json"_s, jsonHelp});
}

void CliSupport::printJson(const QJsonArray &array, CliContext &context)
{
    context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    context.out.flush();
}

int CliSupport::usageError(const QString &message, CliContext &context)
{
    context.err << "nervediary: " << message << Qt::endl;
    return ExitUsage;
}

CliProgress::CliProgress(CliContext &context, const QString &label) : m_context(context), m_label(label)
{
    m_timer.start();
}

CliProgress::~CliProgress()
{
    if (m_shown)
        m_context.err << Qt::endl;
}

void CliProgress::update(int done, int total)
{
    if (!m_context.errIsTerminal || m_timer.elapsed() < 1000 || total <= 0)
        return;
    m_shown = true;
    m_context.err << '\r' << m_label << ": " << (qint64(done) * 100 / total) << " %" << Qt::flush;
}

} // namespace nd
