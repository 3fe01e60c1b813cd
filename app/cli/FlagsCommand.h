#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary flags (see FORMATS.md): the escalation flags of a diary.
class FlagsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(FlagsCommand)

public:
    QString name() const override { return QStringLiteral("flags"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
