#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary export-pdf --db FILE --out REPORT.pdf [--from DATE] [--to DATE]
//                       [--page-size a4|letter] [--leave-out SECTIONS]
class ExportPdfCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportPdfCommand)

public:
    QString name() const override { return QStringLiteral("export-pdf"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
