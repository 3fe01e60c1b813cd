#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary export-fhir --db FILE --out BUNDLE.json
// The whole diary as a FHIR R4 Bundle (mapping in docs/fhir.md).
class ExportFhirCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportFhirCommand)

public:
    QString name() const override { return QStringLiteral("export-fhir"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
