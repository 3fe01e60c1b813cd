#include "BackupWriter.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sqlite3.h>
#include <unistd.h>

namespace nd {

namespace {
// Texts of this file, translated in the context "BackupWriter". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)
};
} // namespace

bool BackupWriter::write(sqlite3 *source, const QString &targetPath)
{
    m_error.clear();
    // A fresh temporary name each time (O_EXCL|O_NOFOLLOW), so two programs backing up at once
    // never share one and a leftover or planted ".part" symlink is never written through; a
    // copy left behind by a killed process is only ever a ".part" file, never the target.
    QString tempPath;
    const int fd = PrivateFiles::createTemporary(targetPath, &tempPath, &m_error);
    if (fd < 0)
        return false;
    ::close(fd);

    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(tempPath).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    // The copy keeps the source's WAL flag in its header; make it a single
    // self-contained file so it can be moved or mailed as it is.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_stmt *check = nullptr;
        if (sqlite3_prepare_v2(target, "PRAGMA quick_check(1)", -1, &check, nullptr) == SQLITE_OK &&
            sqlite3_step(check) == SQLITE_ROW &&
            qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)), "ok") != 0)
            rc = SQLITE_CORRUPT;
        sqlite3_finalize(check);
    }
    const QString detail = QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc));
    const bool diskFull = (rc & 0xff) == SQLITE_FULL || (target && sqlite3_system_errno(target) == ENOSPC);
    sqlite3_close_v2(target);
    if (rc != SQLITE_OK) {
        QFile::remove(tempPath);
        m_error = diskFull ? Tr::tr("The disk is full; the backup was not written.")
                           : Tr::tr("The backup could not be written: %1").arg(detail);
        return false;
    }
    if (!PrivateFiles::syncAndRename(tempPath, targetPath, &m_error)) {
        QFile::remove(tempPath);
        return false;
    }
    return true;
}

} // namespace nd
