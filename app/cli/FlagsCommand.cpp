#include "FlagsCommand.h"

#include "CliSupport.h"
#include "analysis/DiaryAnalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace nd {

namespace {
using namespace Qt::StringLiterals;
QJsonObject toJson(const AcknowledgedFlag &item)
{
    const Flag &flag = item.flag;
    QJsonObject object{
        {u"date"_s, flag.date.toString(Qt::ISODate)},
        {u"rule"_s, QString(ruleId(flag.rule))},
        {u"level"_s, QString(flagLevelId(flag.level()))},
        {u"kind"_s, QString(flagKindId(flag.kind))},
        {u"subject"_s, flag.subject},
        {u"evidence"_s, flag.evidence},
        {u"advice"_s, flag.advice},
    };
    // Additive to the contract: present only for flags marked "discussed with care team".
    if (item.acknowledgement)
        object.insert(u"discussed"_s,
                      QJsonObject{{u"on"_s, item.acknowledgement->discussedOn.toString(Qt::ISODate)},
                                  {u"note"_s, item.acknowledgement->note}});
    return object;
}

// One line per flag: date, level, rule, kind, subject, evidence (and the discussed mark),
// the first five padded to the widest value so the columns line up.
void printLines(const QList<AcknowledgedFlag> &flags, QTextStream &out)
{
    std::array<qsizetype, 5> widths{};
    QList<std::array<QString, 5>> rows;
    for (const AcknowledgedFlag &item : flags) {
        const std::array<QString, 5> row = {
            item.flag.date.toString(Qt::ISODate), QString(flagLevelId(item.flag.level())),
            QString(ruleId(item.flag.rule)), QString(flagKindId(item.flag.kind)), item.flag.subject};
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
        rows.append(row);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (std::size_t i = 0; i < widths.size(); ++i)
            out << rows[r][i].leftJustified(widths[i]) << "  ";
        out << flags[r].flag.evidence;
        if (flags[r].isDiscussed())
            out << "  [" << flags[r].discussedText() << ']';
        out << '\n';
    }
    out.flush();
}
} // namespace

QString FlagsCommand::summary() const
{
    return tr("List the times the diary suggests contacting the care team (flags), oldest first.");
}

void FlagsCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addListingOptions(
        parser, tr("Show flags from this day on (the rules still see the whole diary)."),
        tr("Show flags up to this day."), tr("Print a JSON array instead of one line per flag."));
}

int FlagsCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    QDate from;
    QDate to;
    Database db;
    if (const auto failed = CliSupport::openDiaryForPeriod(parser, db, &from, &to, context))
        return *failed;
    DiaryStore store(db);
    DiaryAnalysis analysis;
    if (!DiaryAnalysis::load(store, &analysis))
        return CliSupport::reportDbError(store.error(), context);

    // The rules saw the whole diary; --from/--to only choose what is printed.
    QList<AcknowledgedFlag> shown;
    for (const AcknowledgedFlag &item : std::as_const(analysis.flags))
        if ((!from.isValid() || item.flag.date >= from) && (!to.isValid() || item.flag.date <= to))
            shown.append(item);

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const AcknowledgedFlag &item : std::as_const(shown))
            array.append(toJson(item));
        CliSupport::printJson(array, context);
        return ExitSuccess;
    }
    if (shown.isEmpty()) {
        context.out << tr("No flags.") << Qt::endl;
        return ExitSuccess;
    }
    printLines(shown, context.out);
    return ExitSuccess;
}

} // namespace nd
