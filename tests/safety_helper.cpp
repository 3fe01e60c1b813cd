// A second program for the data-safety tests: it writes, backs up, holds locks or
// updates a diary's format while the test kills it or runs other programs beside it.
//
//   safety_helper write DB FIRST_DAY COUNT   save entries one by one; after each save that
//                                            returned success print "YYYY-MM-DD VARIANT"
//   safety_helper backup DB TARGET COUNT     write COUNT backups to TARGET, "done" after each
//   safety_helper hold-lock DB               take the window lock, print "locked", wait for
//                                            standard input to close (or "refused: …", exit 3)
//   safety_helper hold-write DB              hold a write transaction until standard input closes
//   safety_helper die-in-migration DB        open an old diary and SIGKILL itself half-way
//                                            through a format update
#include "SampleData.h"

#include "storage/BackupWriter.h"
#include "storage/Database.h"
#include "storage/DiaryLock.h"
#include "storage/DiaryStore.h"

#include <QCoreApplication>
#include <QDate>

#include <csignal>
#include <cstdio>
#include <sqlite3.h>
#include <unistd.h>

using namespace nd;

namespace {

// Unbuffered, so every line printed before a SIGKILL reaches the test.
void say(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    qsizetype written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.constData() + written, size_t(text.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

void waitForStdinToClose()
{
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
}

int writeEntries(const QString &path, QDate first, int count)
{
    Database db;
    if (!db.open(path)) {
        say("open failed: " + db.errorString().toUtf8());
        return 3;
    }
    DiaryStore store(db);
    for (int i = 0; i < count; ++i) {
        const QDate day = first.addDays(i);
        if (!store.saveEntry(test::fullEntry(day, Author::Patient, i))) {
            say("save failed: " + store.errorString().toUtf8());
            return 3;
        }
        say(day.toString(Qt::ISODate).toLatin1() + ' ' + QByteArray::number(i));
    }
    return 0;
}

int writeBackups(const QString &path, const QString &target, int count)
{
    Database db;
    if (!db.open(path, Database::OpenMode::MustExist))
        return 3;
    for (int i = 0; i < count; ++i) {
        BackupWriter writer;
        if (!writer.write(db.handle(), target)) {
            say("backup failed: " + writer.errorString().toUtf8());
            return 3;
        }
        say("done");
    }
    return 0;
}

int holdLock(const QString &path)
{
    DiaryLock lock(path);
    if (!lock.tryLock()) {
        say("refused: " + lock.errorString().toUtf8());
        return 3;
    }
    say("locked");
    waitForStdinToClose();
    return 0;
}

int holdWrite(const QString &path)
{
    Database db;
    if (!db.open(path))
        return 3;
    if (!db.exec("BEGIN IMMEDIATE", QStringLiteral("holding")))
        return 3;
    say("holding");
    waitForStdinToClose();
    db.exec("ROLLBACK", QStringLiteral("releasing"));
    return 0;
}

// Dies at the last statement of a migration step: after its schema changes ran inside the
// step's transaction, before the new version number and the commit.
int killOnVersionUpdate(void *, int action, const char *arg1, const char *arg2, const char *, const char *)
{
    if (action == SQLITE_PRAGMA && qstrcmp(arg1, "user_version") == 0 && arg2)
        ::raise(SIGKILL);
    return SQLITE_OK;
}

int dieInMigration(const QString &path)
{
    Database db;
    db.setBeforeMigration([&db](int) {
        sqlite3_set_authorizer(db.handle(), killOnVersionUpdate, nullptr);
        return true;
    });
    db.open(path);
    return 0; // not reached when the diary needed an update
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    const QString db = args.value(2);
    if (mode == QLatin1String("write") && args.size() == 5)
        return writeEntries(db, QDate::fromString(args[3], Qt::ISODate), args[4].toInt());
    if (mode == QLatin1String("backup") && args.size() == 5)
        return writeBackups(db, args[3], args[4].toInt());
    if (mode == QLatin1String("hold-lock") && args.size() == 3)
        return holdLock(db);
    if (mode == QLatin1String("hold-write") && args.size() == 3)
        return holdWrite(db);
    if (mode == QLatin1String("die-in-migration") && args.size() == 3)
        return dieInMigration(db);
    fprintf(stderr, "usage: safety_helper write|backup|hold-lock|hold-write|die-in-migration DB ...\n");
    return 1;
}
