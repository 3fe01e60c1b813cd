#include "DbError.h"

#include <QCoreApplication>

#include <cerrno>
#include <sqlite3.h>

namespace nd {

namespace {
// Texts of this file, translated in the context "DbError". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DbError)
};
} // namespace

DbError DbError::fromSqlite(sqlite3 *db, int resultCode, const QString &what)
{
    const int primary = resultCode & 0xff;
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {
            DbErrorKind::Locked,
            Tr::tr("The diary is in use by another program (%1 failed). Close it and try again.").arg(what)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {DbErrorKind::Corrupt,
                Tr::tr("The diary file is damaged or is not a NerveDiary file (%1 failed: %2).")
                    .arg(what, detail)};
    case SQLITE_FULL:
        return {DbErrorKind::DiskFull,
                Tr::tr("The disk is full (%1 failed). Nothing was changed; free some space "
                       "and try again.")
                    .arg(what)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return {DbErrorKind::Unwritable,
                Tr::tr("The diary file cannot be written (%1 failed: %2). Check its permissions.")
                    .arg(what, detail)};
    case SQLITE_IOERR:
        if (db && sqlite3_system_errno(db) == ENOSPC)
            return {DbErrorKind::DiskFull,
                    Tr::tr("The disk is full (%1 failed). Nothing was changed; free some "
                           "space and try again.")
                        .arg(what)};
        return {DbErrorKind::Other, Tr::tr("A disk error occurred (%1 failed: %2).").arg(what, detail)};
    default:
        return {DbErrorKind::Other, Tr::tr("%1 failed: %2").arg(what, detail)};
    }
}

} // namespace nd
