#pragma once
#include "CliCommand.h"

#include <QCoreApplication>

namespace nd {
// nervediary demo --db FILE [--days N] [--seed S] [--end DATE]
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
} // namespace nd
