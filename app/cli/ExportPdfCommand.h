#pragma once
#include "CliCommand.h"

namespace nd {
// nervediary export-pdf --db FILE --out REPORT.pdf [--from DATE] [--to DATE]
//                       [--page-size a4|letter] [--leave-out SECTIONS]
class ExportPdfCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export-pdf"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
