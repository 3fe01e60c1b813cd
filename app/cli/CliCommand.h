#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

namespace nd {

class Clock;

// Exit statuses of FORMATS.md.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitUsage = 1,
    ExitInvalidInput = 2,
    ExitDatabase = 3,
};

// What a command may use besides its parsed arguments.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    bool errIsTerminal = false;
};

// One sub-command of `nervediary`. Commands are thin: they parse, call core/, and
// turn the outcome into text and an exit status.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void configure(QCommandLineParser &parser) const = 0;
    // How many positional arguments the command takes; more is a usage error.
    virtual int maxPositionalArguments() const { return 0; }
    virtual int run(const QCommandLineParser &parser, CliContext &context) const = 0;
};

std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace nd
