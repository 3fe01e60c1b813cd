#pragma once

// Helpers for the data-safety tests: a settable clock, diaries of an older schema
// version made from the released migration steps, and ways to damage a file.

#include "FixedClock.h"
#include "storage/Migrations.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

#include <sqlite3.h>

namespace nd::test {

inline bool execSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close_v2(db);
    return ok;
}

// A diary as version `version` of the app wrote it: the released steps up to it, plus
// `entries` rows (one per day from 2026-01-01) so copies can be told apart by count.
inline bool makeDiaryAtVersion(const QString &path, int version, int entries)
{
    QByteArray sql = "PRAGMA journal_mode = WAL; BEGIN;";
    for (const Migration &step : migrations()) {
        if (step.toVersion <= version)
            sql +=
                QByteArray(step.sql) + "\nPRAGMA user_version = " + QByteArray::number(step.toVersion) + ";";
    }
    for (int i = 0; i < entries; ++i) {
        sql +=
            "INSERT INTO entry (day, author, numbness_hands, note, saved_at) VALUES (date('2026-01-01', '+" +
            QByteArray::number(i) + " days'), 0, " + QByteArray::number(i % 11) +
            ", 'old note', '2026-01-01T08:00:00Z');";
    }
    sql += "COMMIT;";
    return execSql(path, sql);
}

inline int queryInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    int value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return value;
}

// Overwrites `length` bytes at `offset` with a pattern that is never valid SQLite content.
inline bool scribble(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(QByteArray(length, '\xA5')) == length;
}

// Byte offset of the first page of `table`'s b-tree: damage there is damage to diary data.
inline qint64 tableRootOffset(const QString &path, const char *table)
{
    const int pageSize = queryInt(path, "PRAGMA page_size");
    const int root = queryInt(
        path, QByteArray("SELECT rootpage FROM sqlite_schema WHERE name = '" + QByteArray(table) + "'")
                  .constData());
    return qint64(root - 1) * pageSize;
}

inline bool truncateTo(const QString &path, qint64 size)
{
    QFile file(path);
    return file.resize(size);
}

// A small tmpfs mounted for one test (as root in CI), unmounted when it ends: a real full
// disk, and with makeReadOnly() a real read-only medium.
class TinyDisk
{
public:
    TinyDisk(const QString &mountPoint, int kilobytes) : m_mountPoint(mountPoint)
    {
        QDir().mkpath(mountPoint);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=%1k,mode=0700").arg(kilobytes),
                                       QStringLiteral("tmpfs"), mountPoint}) == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint});
    }
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;
    bool isMounted() const { return m_mounted; }
    bool makeReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mountPoint}) == 0;
    }

private:
    QString m_mountPoint;
    bool m_mounted = false;
};

} // namespace nd::test
