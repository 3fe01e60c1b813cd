#pragma once

// Runs the real `nervediary` binary (path in the environment variable
// NERVEDIARY_BINARY, set by add_diary_test) and captures what it printed.

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace nd::test {

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // Standard error split into lines, without the final empty one.
    QStringList errLines() const { return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts); }
};

inline QString cliBinary()
{
    return qEnvironmentVariable("NERVEDIARY_BINARY");
}

// `workingDirectory` lets a test use relative file names, as a user would.
inline CliResult runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    process.setProgram(cliBinary());
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    process.waitForFinished(120000);
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A diary made by the program itself (import-csv of `days` patient entries from 2026-01-01 and,
// with `withEvent`, one infusion), so a test works against whichever binary it is given.
inline bool makeDiaryThroughCli(const QString &path, int days, bool withEvent = true)
{
    QByteArray csv = "date,author,numbness_hands,note\n";
    for (int i = 0; i < days; ++i)
        csv += QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate).toUtf8() + ",patient," +
               QByteArray::number(i % 11) + ",day " + QByteArray::number(i) + "\n";
    const QString entries = path + QStringLiteral(".seed.csv");
    const QString events = path + QStringLiteral(".seed-events.csv");
    QFile entriesFile(entries);
    QFile eventsFile(events);
    if (!entriesFile.open(QIODevice::WriteOnly) || entriesFile.write(csv) != csv.size() ||
        !eventsFile.open(QIODevice::WriteOnly) ||
        !eventsFile.write("date,kind,name,note\n2026-01-02,infusion,nivolumab,\n"))
        return false;
    entriesFile.close();
    eventsFile.close();
    QStringList arguments = {QStringLiteral("import-csv"), QStringLiteral("--db"), path, entries};
    if (withEvent)
        arguments << QStringLiteral("--events") << events;
    const bool ok = runCli(arguments).exitCode == 0;
    QFile::remove(entries);
    QFile::remove(events);
    return ok;
}

} // namespace nd::test
