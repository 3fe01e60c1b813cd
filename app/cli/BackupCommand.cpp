#include "BackupCommand.h"

#include "CliSupport.h"
#include "storage/BackupManager.h"
#include "storage/BackupWriter.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

QString BackupCommand::summary() const
{
    return tr("Write a checked copy of the diary, even while the window has it open. Without --out the "
              "copy goes to the backups folder beside the diary, where old copies are rotated.");
}

void BackupCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser);
    parser.addOption(
        {u"out"_s, tr("Where to write the copy (default: the backups folder)."), tr("COPY.sqlite")});
}

int BackupCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (const auto refused = CliSupport::refuseOverwritingDiary(parser, {u"out"_s}, context))
        return *refused;
    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::MustExist, db, context))
        return *failed;
    QString written;
    if (parser.isSet(u"out"_s)) {
        written = parser.value(u"out"_s);
        BackupWriter writer;
        if (!writer.write(db.handle(), written)) {
            context.err << "nervediary: " << writer.errorString() << Qt::endl;
            return ExitDatabase;
        }
        // The same check the backups folder gets: the copy must open and pass quick_check.
        const BackupInfo check = BackupManager::inspect(written);
        if (!check.usable) {
            context.err << "nervediary: " << tr("The copy failed its check: %1").arg(check.problem)
                        << Qt::endl;
            return ExitDatabase;
        }
    } else {
        BackupManager backups(db.path(), context.clock);
        written = backups.backUp(db, BackupInfo::Reason::Manual);
        if (written.isEmpty()) {
            context.err << "nervediary: " << backups.errorString() << Qt::endl;
            return ExitDatabase;
        }
    }
    context.out << tr("Backup written to %1").arg(written) << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
