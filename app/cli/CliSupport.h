#pragma once

#include "CliCommand.h"
#include "storage/Database.h"
#include "storage/DiaryStore.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>

#include <optional>

namespace nd {

// Helpers shared by the commands, so every command treats --db, dates and
// database errors the same way.
namespace CliSupport {

QString defaultDiaryPath();
void addDbOption(QCommandLineParser &parser, bool required = false);
QString diaryPath(const QCommandLineParser &parser);

// Opens the diary named by --db. On failure prints one line and returns the exit status.
std::optional<int> openDiary(const QCommandLineParser &parser, Database::OpenMode mode, Database &db,
                             CliContext &context);
int reportDbError(const DbError &error, CliContext &context);

// No command writes over a diary (FORMATS.md): refuses, with exit status 1 and one line, every
// given output option whose path is the diary, one of its side files or one of its backups.
// Called before the diary is opened, so nothing at all is written.
std::optional<int> refuseOverwritingDiary(const QCommandLineParser &parser, const QStringList &outputOptions,
                                          CliContext &context);

// Reads an optional YYYY-MM-DD option; prints a usage error when malformed.
bool readDateOption(const QCommandLineParser &parser, const QString &option, QDate *date,
                    CliContext &context);

// For the commands that list days of a diary: reads --from and --to (both optional) and opens the
// diary named by --db, which must exist. On failure prints one line and returns the exit status:
// usage when either date is malformed or --from is after --to.
std::optional<int> openDiaryForPeriod(const QCommandLineParser &parser, Database &db, QDate *from, QDate *to,
                                      CliContext &context);
// The options of those commands: --db, --from, --to and --json, with what each means for the listing.
void addListingOptions(QCommandLineParser &parser, const QString &fromHelp, const QString &toHelp,
                       const QString &jsonHelp);

// Writes an indented JSON array to standard output (the --json form of the listing commands).
void printJson(const QJsonArray &array, CliContext &context);

int usageError(const QString &message, CliContext &context);

} // namespace CliSupport

// Progress on standard error for work that runs longer than a second, only when
// standard error is a terminal (so logs and pipes stay clean).
class CliProgress
{
public:
    CliProgress(CliContext &context, const QString &label);
    ~CliProgress();
    void update(int done, int total);

private:
    CliContext &m_context;
    QString m_label;
    QElapsedTimer m_timer;
    bool m_shown = false;
};

} // namespace nd
