#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary export-csv --db FILE --out ENTRIES.csv [--events-out EVENTS.csv]
class ExportCsvCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)

public:
    QString name() const override { return QStringLiteral("export-csv"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
