#include "BackupCommand.h"

#include "CliSupport.h"
#include "storage/BackupWriter.h"

#include <QCoreApplication>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
QString tr(const char *text)
{
    return QCoreApplication::translate("BackupCommand", text);
}
} // namespace

QString BackupCommand::summary() const
{
    return tr("Write a consistent copy of the diary, even while the window has it open.");
}

void BackupCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser);
    parser.addOption({u"out"_s, tr("Where to write the copy."), tr("COPY.sqlite")});
}

int BackupCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s))
        return CliSupport::usageError(tr("backup needs --out COPY.sqlite"), context);
    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::MustExist, db, context))
        return *failed;
    BackupWriter writer;
    if (!writer.write(db.handle(), parser.value(u"out"_s))) {
        context.err << "nervediary: " << writer.errorString() << Qt::endl;
        return ExitDatabase;
    }
    context.out << tr("Backup written to %1").arg(parser.value(u"out"_s)) << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
