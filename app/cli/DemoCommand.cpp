#include "DemoCommand.h"

#include "CliSupport.h"
#include "demo/DemoDiary.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
constexpr int kMaxDemoDays = 20 * 366;
} // namespace

QString DemoCommand::summary() const
{
    return tr("Write a made-up demo diary into a new file.");
}

void DemoCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addDbOption(parser, true);
    parser.addOption({u"days"_s, tr("How many days the demo covers (default 180)."), tr("N"), u"180"_s});
    parser.addOption(
        {u"seed"_s, tr("Seed for the made-up values; the same seed gives the same diary."), tr("S"), u"1"_s});
    parser.addOption({u"end"_s, tr("Last day of the demo (default: today)."), tr("DATE")});
}

int DemoCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"db"_s))
        return CliSupport::usageError(tr("demo needs --db FILE"), context);
    bool daysOk = false;
    bool seedOk = false;
    DemoOptions options;
    options.days = parser.value(u"days"_s).toInt(&daysOk);
    options.seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!daysOk || options.days < 1 || options.days > kMaxDemoDays)
        return CliSupport::usageError(tr("--days needs a whole number from 1 to %1").arg(kMaxDemoDays),
                                      context);
    if (!seedOk)
        return CliSupport::usageError(tr("--seed needs a whole number of 0 or more"), context);
    if (!CliSupport::readDateOption(parser, u"end"_s, &options.lastDay, context))
        return ExitUsage;
    if (!options.lastDay.isValid())
        options.lastDay = context.clock.today();

    const QString path = CliSupport::diaryPath(parser);
    Database db;
    if (const auto failed = CliSupport::openDiary(parser, Database::OpenMode::CreateIfMissing, db, context))
        return *failed;
    DiaryStore store(db);
    if (store.entryCount() > 0 || !store.events().isEmpty())
        return CliSupport::usageError(
            tr("%1 already holds a diary; the demo is only written into a new or empty file").arg(path),
            context);

    const DemoDiary demo = generateDemoDiary(options);
    CliProgress progress(context, tr("Writing the demo diary"));
    const bool ok = writeDemoDiary(
        store, demo, [&](qsizetype done, qsizetype total) { progress.update(int(done), int(total)); });
    if (!ok)
        return CliSupport::reportDbError(store.error(), context);
    context.out << tr("Wrote a demo diary of %1 days (%2 entries, %3 treatment events) to %4")
                       .arg(options.days)
                       .arg(demo.entries.size())
                       .arg(demo.events.size())
                       .arg(path)
                << Qt::endl;
    return ExitSuccess;
}

} // namespace nd
