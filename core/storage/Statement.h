#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace nd {

// A prepared SQLite statement (RAII). Bind indexes are 1-based, column indexes 0-based,
// as in the SQLite C API. Only the storage layer uses this class.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    int prepareResult() const { return m_prepareResult; }

    void bind(int index, std::optional<int> value);
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindUtf8(int index, QByteArrayView utf8); // text already in UTF-8 (copied by SQLite)

    // Returns SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset(); // also clears bindings

    std::optional<int> optionalInt(int column) const;
    int intValue(int column) const;
    qint64 int64Value(int column) const;
    QString text(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareResult = 0;
};

} // namespace nd
