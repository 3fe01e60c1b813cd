#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary backup (see FORMATS.md)
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
