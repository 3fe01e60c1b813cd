#pragma once

#include <QString>

struct sqlite3;

namespace nd {

// Why a database operation failed, sorted into what the user can do about it.
enum class DbErrorKind {
    None,
    NotFound,   // the diary file does not exist
    Locked,     // another program holds the diary; try again later
    Corrupt,    // the file is damaged or not a diary; never written to
    DiskFull,   // no space left; nothing was saved
    Unwritable, // no permission, read-only medium
    TooNew,     // made by a newer NerveDiary
    Invalid,    // a value was refused before anything was written
    Other,
};

// The one typed error of the project. Errors follow Qt's QFileDevice/QProcess shape (see
// docs/architecture.md, "Errors"): an operation returns bool or an empty value, and its class
// says why in errorString(). Only the database also offers error(), this struct, because
// callers tell its kinds apart: the command line maps them to exit codes and the window to
// what it tells the user (try later, restore a backup, free some space). Database,
// DiaryStore and CsvImporter return it from error(); errorString() is its `message`.
struct DbError
{
    DbErrorKind kind = DbErrorKind::None;
    QString message; // one plain sentence for the user, without diary content

    bool isError() const { return kind != DbErrorKind::None; }

    // Classifies an SQLite result code; `what` says what was being done ("saving the entry").
    static DbError fromSqlite(sqlite3 *db, int resultCode, const QString &what);
};

} // namespace nd
