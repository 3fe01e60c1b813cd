// libFuzzer target: any bytes as a diary file. Opening it (for writing, and read-only as
// an untrusted backup) and reading everything must never crash: a damaged or hostile file
// gets an error, not undefined behaviour.
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/DiaryStore.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace {

QString scratchPath()
{
    static const QString path =
        (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath()) +
        QStringLiteral("/nervediary-fuzz-db-") + QString::number(::getpid()) + QStringLiteral(".sqlite");
    return path;
}

void removeScratch()
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(scratchPath() + QLatin1String(suffix));
}

void readEverything(nd::Database &db)
{
    nd::DiaryStore store(db);
    (void)store.entries();
    (void)store.events();
    (void)store.baseline();
    (void)store.profile();
    (void)store.acknowledgements();
    (void)store.entryCount();
    (void)store.lastSavedAt();
    (void)db.checkIntegrity(true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    removeScratch();
    {
        QFile file(scratchPath());
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    (void)nd::BackupManager::inspect(scratchPath());
    {
        nd::Database readOnly;
        if (readOnly.open(scratchPath(), nd::Database::OpenMode::ReadOnly))
            readEverything(readOnly);
    }
    {
        nd::Database db;
        if (db.open(scratchPath(), nd::Database::OpenMode::MustExist))
            readEverything(db);
    }
    removeScratch();
    return 0;
}
