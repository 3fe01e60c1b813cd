#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary import-csv --db FILE ENTRIES.csv [--events EVENTS.csv] [--on-conflict fail|skip|replace]
class ImportCsvCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCsvCommand)

public:
    QString name() const override { return QStringLiteral("import-csv"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int maxPositionalArguments() const override { return 1; }
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
