#include "GradesCommand.h"

#include "CliSupport.h"
#include "analysis/DiaryAnalysis.h"
#include "rules/GradeEstimate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace nd {

using namespace Qt::StringLiterals;

QString GradesCommand::summary() const
{
    return tr("List the estimated grade (patient-reported, 0 to 3) of every day that has one, oldest "
              "first.");
}

void GradesCommand::configure(QCommandLineParser &parser) const
{
    CliSupport::addListingOptions(parser, tr("Show days from this day on."), tr("Show days up to this day."),
                                  tr("Print a JSON array instead of one line per day."));
}

int GradesCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    QDate from;
    QDate to;
    Database db;
    if (const auto failed = CliSupport::openDiaryForPeriod(parser, db, &from, &to, context))
        return *failed;
    DiaryStore store(db);
    const QList<Entry> entries = store.entries(from, to);
    if (store.error().isError())
        return CliSupport::reportDbError(store.error(), context);

    // A day's grade depends on that day's entries only.
    QList<std::pair<QDate, int>> grades;
    for (const DayValues &day : buildDayValues(entries))
        if (const std::optional<int> grade = GradeEstimate::forDay(day))
            grades.append({day.date(), *grade});

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const auto &[date, grade] : std::as_const(grades))
            array.append(QJsonObject{{u"date"_s, date.toString(Qt::ISODate)}, {u"grade"_s, grade}});
        CliSupport::printJson(array, context);
        return ExitSuccess;
    }
    if (grades.isEmpty()) {
        context.out << tr("No estimated grades.") << Qt::endl;
        return ExitSuccess;
    }
    context.out << GradeEstimate::label() << '\n';
    for (const auto &[date, grade] : std::as_const(grades))
        context.out << date.toString(Qt::ISODate) << "  " << grade << '\n';
    context.out.flush();
    return ExitSuccess;
}

} // namespace nd
