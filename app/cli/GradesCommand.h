#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary grades (see FORMATS.md): the estimated grade (patient-reported) of every day
// that has one, as ESCALATION.md defines it.
class GradesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GradesCommand)

public:
    QString name() const override { return QStringLiteral("grades"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
