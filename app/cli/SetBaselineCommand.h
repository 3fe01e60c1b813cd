#pragma once
#include "CliCommand.h"

namespace nd {
// nervediary set-baseline (see FORMATS.md)
class SetBaselineCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("set-baseline"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
