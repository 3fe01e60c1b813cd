#pragma once
#include "CliCommand.h"

namespace nd {
// nervediary import-csv --db FILE ENTRIES.csv [--events EVENTS.csv] [--on-conflict fail|skip|replace]
class ImportCsvCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import-csv"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int maxPositionalArguments() const override { return 1; }
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
