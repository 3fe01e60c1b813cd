#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary set-baseline (see FORMATS.md)
class SetBaselineCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetBaselineCommand)

public:
    QString name() const override { return QStringLiteral("set-baseline"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
