#pragma once

#include "DbError.h"

#include <QString>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

struct sqlite3;

namespace nd {

class Statement;

// One open diary file. Opening checks the file before anything is written to it
// (header, quick_check, schema version), then sets the durability pragmas and
// applies pending migrations, each in its own transaction.
//
// The window may ask for the quick_check to run concurrently (Check::Concurrently): the
// file is then open for reading at once while a worker thread checks it through its own
// connection, and no write can begin before that check has passed (every transaction
// waits for it; after a failed check every write fails with a Corrupt error).
class Database
{
public:
    enum class OpenMode {
        CreateIfMissing, // commands that write
        MustExist,       // commands that only read
        // Never writes, never migrates, treats the file as untrusted (cell_size_check=ON,
        // trusted_schema=OFF, query_only=ON). A file that fails quick_check still opens,
        // so its readable part can be exported; damageReport() says what is wrong.
        ReadOnly,
    };

    // When opening runs quick_check. Concurrently applies only where opening writes
    // nothing (an existing diary in WAL mode at the current format); otherwise, and
    // for ReadOnly, the check runs before open() returns, as with BeforeReturning.
    // Skip (ReadOnly only): no quick_check, for a glance at a few rows that must stay
    // fast on a ten-year diary (`nervediary remind`); elsewhere it is BeforeReturning.
    enum class Check { BeforeReturning, Concurrently, Skip };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
              Check check = Check::BeforeReturning);
    void close();
    // Waits for a concurrent quick_check (at once when none is running). False when it
    // found the file damaged (or could not run): error() then says why, and the
    // connection stays open only for reading — every write fails.
    bool waitForCheck();
    bool isCheckPending() const;
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    int schemaVersion() const;
    // Why the last operation failed: error() the kind (exit codes and messages depend on it),
    // errorString() the sentence for the user.
    const DbError &error() const { return m_error; }
    QString errorString() const { return m_error.message; }
    bool isReadOnly() const { return m_readOnly || m_readingOnly; }
    // True when opening took other accounts' permissions away from the diary or its -wal/-shm
    // (a diary copied in, or made by an older version, with 0644): the window says so once.
    bool permissionsTightened() const { return m_permissionsTightened; }
    // The same, but true only the first time it is asked after an open.
    bool takePermissionsTightened() { return std::exchange(m_permissionsTightened, false); }
    // Empty unless a ReadOnly open found the file damaged (the first quick_check problem).
    QString damageReport() const { return m_damage; }

    // The durability settings in force on this connection, as SQLite reports them
    // (so tests can assert that every acknowledged save is on disk): 2 means FULL.
    int synchronousLevel() const;
    QString journalMode() const;

    // Called with the old version before migrations change an existing diary
    // (used to take a backup first). Returning false aborts the open.
    void setBeforeMigration(std::function<bool(int fromVersion)> hook)
    {
        m_beforeMigration = std::move(hook);
    }

    // Empty when the file passes SQLite's check; otherwise the first problem found.
    QString checkIntegrity(bool thorough);

    // --- for the storage classes only ---
    bool exec(const char *sql, const QString &what);
    // A prepared statement kept for the life of the connection (keyed by the literal).
    Statement &cached(const char *sql);
    bool fail(int resultCode, const QString &what);
    bool fail(const DbError &error);
    void clearError() { m_error = {}; }

private:
    struct CheckResult
    {
        QString problem;              // quick_check's first complaint, empty when the file is fine
        std::optional<DbError> error; // the check itself could not run
    };
    bool createPrivateFile(const QString &path);
    bool checkFileKind(const QString &path);
    // The steps of open(): the files made this account's only, SQLite's connection, then the
    // checks, settings and format update that `check` and the open mode ask for.
    void restrictFilesToOwner(const QString &path);
    bool openConnection(const QString &path, OpenMode mode);
    bool prepareForUse(const QString &path, Check check);
    QString explainUnwritable() const;
    bool checkBeforeWriting(bool runQuickCheck = true);
    bool canCheckConcurrently();
    void startConcurrentCheck();
    bool configure();
    bool configureReadOnly();
    QString pragmaText(const char *sql) const;
    bool migrate();

    sqlite3 *m_db = nullptr;
    QString m_path;
    DbError m_error;
    bool m_readOnly = false;
    bool m_readingOnly = false; // MustExist in a folder that cannot be written: opened read-only
    bool m_permissionsTightened = false;
    QString m_damage;
    std::function<bool(int)> m_beforeMigration;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_statements;
    std::future<CheckResult> m_pendingCheck; // a concurrent quick_check, until waited for
    std::optional<DbError> m_checkFailure;   // what a concurrent check found; refuses writes
};

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace nd
