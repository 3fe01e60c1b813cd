#pragma once
#include "CliCommand.h"

namespace nd {
// nervediary export-csv --db FILE --out ENTRIES.csv [--events-out EVENTS.csv]
class ExportCsvCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export-csv"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
