#include "SetBaselineCommand.h"

#include "CliSupport.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

QString SetBaselineCommand::summary() const
{
    return tr("Set the days that count as your usual state (the baseline).");
}

void SetBaselineCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser);
    parser.addOption({u"from"_s, tr("First day of the baseline."), tr("DATE")});
    parser.addOption({u"to"_s, tr("Last day of the baseline."), tr("DATE")});
}

int SetBaselineCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    BaselinePeriod period;
    if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s))
        return CliSupport::usageError(tr("set-baseline needs --from DATE and --to DATE"), context);
    if (!CliSupport::readDateOption(parser, u"from"_s, &period.first, context) ||
        !CliSupport::readDateOption(parser, u"to"_s, &period.last, context))
        return ExitUsage;
    if (!period.isValid())
        return CliSupport::usageError(tr("--from must not be after --to"), context);
    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::CreateIfMissing, db, context))
        return *failed;
    DiaryStore store(db);
    if (!store.setBaseline(period))
        return CliSupport::reportDbError(store.error(), context);
    context.out << tr("Baseline set to %1 – %2.")
                       .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate))
                << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
