#pragma once

// Runs the real `nervediary` binary (path in the environment variable
// NERVEDIARY_BINARY, set by add_diary_test) and captures what it printed.

#include <QByteArray>
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

} // namespace nd::test
