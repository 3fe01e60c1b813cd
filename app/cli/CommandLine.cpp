#include "CommandLine.h"

#include "BackupCommand.h"
#include "CheckCommand.h"
#include "CliSupport.h"
#include "DemoCommand.h"
#include "ExportCsvCommand.h"
#include "ExportFhirCommand.h"
#include "ExportPdfCommand.h"
#include "FlagsCommand.h"
#include "GradesCommand.h"
#include "ImportCsvCommand.h"
#include "RemindCommand.h"
#include "SetBaselineCommand.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace nd {

using namespace Qt::StringLiterals;

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<ImportCsvCommand>());
    commands.push_back(std::make_unique<ExportCsvCommand>());
    commands.push_back(std::make_unique<ExportFhirCommand>());
    commands.push_back(std::make_unique<ExportPdfCommand>());
    commands.push_back(std::make_unique<SetBaselineCommand>());
    commands.push_back(std::make_unique<FlagsCommand>());
    commands.push_back(std::make_unique<GradesCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RemindCommand>());
    return commands;
}

bool isCommandInvocation(const QStringList &arguments)
{
    return arguments.size() > 1 && !arguments[1].startsWith(u'-');
}

int runCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{out, err, Clock::system(), ::isatty(STDERR_FILENO) == 1};

    const QString name = arguments.value(1);
    const auto commands = allCommands();
    const auto it =
        std::find_if(commands.begin(), commands.end(), [&](const auto &c) { return c->name() == name; });
    if (it == commands.end()) {
        QStringList names;
        for (const auto &command : commands)
            names.append(command->name());
        return CliSupport::usageError(
            QCoreApplication::translate("CommandLine", "unknown command '%1' (commands: %2)")
                .arg(name, names.join(u", ")),
            context);
    }
    const CliCommand &command = **it;

    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.addHelpOption();
    command.configure(parser);
    QStringList commandArguments = arguments;
    commandArguments.removeAt(1);
    commandArguments[0] = arguments[0] + u' ' + name;
    if (!parser.parse(commandArguments))
        return CliSupport::usageError(parser.errorText(), context);
    if (parser.isSet(u"help"_s)) {
        // The parser names the program from QCoreApplication::arguments(), which
        // lacks the command: add it, so the usage line can be copied as it is.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = help.indexOf(program); !program.isEmpty() && at >= 0)
            help.insert(at + program.size(), u' ' + name);
        out << help;
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > command.maxPositionalArguments())
        return CliSupport::usageError(
            QCoreApplication::translate("CommandLine", "unexpected argument '%1' (see nervediary %2 --help)")
                .arg(positional.value(command.maxPositionalArguments()), name),
            context);
    return command.run(parser, context);
}

} // namespace nd
