#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary remind: the daily reminder with the window closed (docs/reminders.md).
class RemindCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemindCommand)

public:
    QString name() const override { return QStringLiteral("remind"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
