#include "CheckCommand.h"

#include "CliSupport.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

QString CheckCommand::summary() const
{
    return tr("Check that the diary file is intact (reads only).");
}

void CheckCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser);
}

int CheckCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::MustExist, db, context))
        return *failed;
    const QString problem = db.checkIntegrity(true);
    if (db.error().isError())
        return CliSupport::reportDbError(db.error(), context);
    if (!problem.isEmpty()) {
        context.err << "nervediary: " << tr("The diary file is damaged: %1").arg(problem) << Qt::endl;
        return ExitDatabase;
    }
    DiaryStore store(db);
    const int entries = store.entryCount();
    const qsizetype events = store.events().size();
    if (store.error().isError())
        return CliSupport::reportDbError(store.error(), context);
    context.out << tr("ok: %1 entries, %2 treatment events, format version %3")
                       .arg(entries)
                       .arg(events)
                       .arg(db.schemaVersion())
                << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
