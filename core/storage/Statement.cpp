#include "Statement.h"

#include <sqlite3.h>

namespace nd {

Statement::Statement(sqlite3 *db, const char *sql)
{
    m_prepareResult = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_prepareResult != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, std::optional<int> value)
{
    if (value)
        sqlite3_bind_int(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
}

int Statement::step()
{
    // A statement that failed to prepare (e.g. a table missing from an old or foreign file)
    // reports that failure instead of crashing: sqlite3_clear_bindings(NULL) would.
    if (!m_stmt)
        return m_prepareResult != SQLITE_OK ? m_prepareResult : SQLITE_MISUSE;
    return sqlite3_step(m_stmt);
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int(m_stmt, column);
}

int Statement::intValue(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

qint64 Statement::int64Value(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace nd
