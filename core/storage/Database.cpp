#include "Database.h"

#include "Migrations.h"
#include "Statement.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <QUrl>

#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

// Warnings only by default: CLI errors must stay one line each, and logs never carry diary content.
Q_LOGGING_CATEGORY(lcStorage, "nervediary.storage", QtWarningMsg)

namespace nd {

namespace {

using namespace Qt::StringLiterals;

// How long a write waits for another program to let go of the diary.
constexpr int kBusyTimeoutMs = 2000;

// Texts of this file, translated in the context "Database". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Runs quick_check (or integrity_check) on `db`: empty when the file is fine, else the
// first problem on one line. `rc` receives SQLite's result when the check could not run.
QString integrityProblem(sqlite3 *db, bool thorough, int *rc)
{
    sqlite3_stmt *stmt = nullptr;
    const char *sql = thorough ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)";
    *rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QString result;
    if (*rc == SQLITE_OK) {
        *rc = sqlite3_step(stmt);
        if (*rc == SQLITE_ROW) {
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            *rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (*rc != SQLITE_OK && *rc != SQLITE_DONE)
        return {};
    *rc = SQLITE_OK;
    if (result == QLatin1String("ok"))
        return {};
    // SQLite's report spans lines ("*** in database main ***\nPage 8: ..."); errors are one line.
    return result.remove(QLatin1String("*** in database main ***")).simplified();
}

QString damagedMessage(const QString &problem)
{
    return Tr::tr("The diary file is damaged (%1). It was not changed.").arg(problem);
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, OpenMode mode, Check check)
{
    close();
    m_error = {};
    m_path = path;
    m_readOnly = mode == OpenMode::ReadOnly;
    m_readingOnly = false;
    m_permissionsTightened = false;
    m_damage.clear();

    if (!checkFileKind(path))
        return false;
    if (!QFileInfo::exists(path)) {
        if (mode != OpenMode::CreateIfMissing) {
            m_error = {DbErrorKind::NotFound, Tr::tr("The diary file %1 does not exist.").arg(path)};
            return false;
        }
        if (!createPrivateFile(path))
            return false;
    }

    restrictFilesToOwner(path);
    if (!openConnection(path, mode))
        return false;
    const bool ok = prepareForUse(path, check);
    if (!ok) {
        const DbError error = m_error;
        close();
        m_error = error;
        return false;
    }
    qCDebug(lcStorage) << "opened diary, schema version" << schemaVersion();
    return true;
}

void Database::restrictFilesToOwner(const QString &path)
{
    // Health data: the diary and SQLite's helper files are for this account only. SQLite gives
    // the -wal and -shm files it creates the diary's own mode, so they follow.
    m_permissionsTightened = PrivateFiles::restrictToOwner(path, false);
    for (const QString &side : QStringList{path + u"-wal"_s, path + u"-shm"_s})
        m_permissionsTightened = PrivateFiles::restrictToOwner(side, true) || m_permissionsTightened;
    if (m_permissionsTightened)
        qCInfo(lcStorage) << "took other accounts' permissions away from the diary's files";
}

bool Database::openConnection(const QString &path, OpenMode mode)
{
    // A command that only reads must work where the folder cannot be written (a read-only
    // medium, a shared folder): SQLite could not create its -shm there, so open the file
    // read-only, as an unchanging file when there is no -wal (no program can be writing it).
    const bool folderWritable =
        ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) == 0;
    m_readingOnly = mode == OpenMode::MustExist && !folderWritable;
    QByteArray nativePath = QFile::encodeName(path);
    int access = m_readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (m_readingOnly) {
        QByteArray uri =
            "file:" +
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded(QUrl::FullyEncoded).mid(7) +
            "?mode=ro";
        if (!QFileInfo::exists(path + u"-wal"_s))
            uri += "&immutable=1";
        nativePath = uri;
        access = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(nativePath.constData(), &m_db,
                                   access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc, Tr::tr("opening the diary"));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    return true;
}

// Checks the opened file and makes it ready the way `m_readOnly`, `m_readingOnly` and `check` ask.
bool Database::prepareForUse(const QString &path, Check check)
{
    bool ok = false;
    if (m_readOnly) {
        ok = configureReadOnly() && checkBeforeWriting(check != Check::Skip);
    } else if (m_readingOnly) {
        // Checked like any diary (a damaged one is an error), but never written or updated.
        ok = checkBeforeWriting() && exec("PRAGMA query_only = ON", Tr::tr("opening the diary for reading"));
        if (ok && schemaVersion() < latestSchemaVersion()) {
            // Its format would have to be updated first, which needs the folder to be writable.
            m_error = {DbErrorKind::Unwritable,
                       Tr::tr("This diary is in an older format that must be updated before it can be read, "
                              "but its folder %1 cannot be written to. Copy the diary to a folder you can "
                              "write to and open the copy.")
                           .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
            ok = false;
        }
    } else if (check == Check::Concurrently && canCheckConcurrently()) {
        // Nothing below writes (WAL is set, no migration is due): the file is checked
        // beside the caller's work, and writes wait for the result (Transaction).
        ok = checkBeforeWriting(false) && configure();
        if (ok)
            startConcurrentCheck();
    } else {
        ok = checkBeforeWriting() && configure() && migrate();
    }
    return ok;
}

void Database::close()
{
    if (m_pendingCheck.valid())
        m_pendingCheck.wait(); // the worker has its own connection, but must not outlive us
    m_pendingCheck = {};
    m_checkFailure.reset();
    m_statements.clear(); // statements must be finalized before the connection closes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

int Database::schemaVersion() const
{
    if (!m_db)
        return -1;
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

bool Database::createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    QString folderError;
    if (!PrivateFiles::ensureFolder(info.absolutePath(), &folderError)) { // 0700: it holds health data
        m_error = {DbErrorKind::Unwritable, folderError};
        return false;
    }
    // Create the file ourselves with 0600: SQLite then gives its -wal and -shm files
    // the same mode, so no part of the diary is ever readable by other users.
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = {DbErrorKind::Unwritable, Tr::tr("The diary file %1 cannot be created: %2")
                                                .arg(path, QString::fromLocal8Bit(strerror(errno)))};
        return false;
    }
    ::close(fd);
    return true;
}

bool Database::checkFileKind(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return true; // missing: created or reported by the caller
    if (S_ISDIR(info.st_mode)) {
        m_error = {DbErrorKind::NotFound,
                   Tr::tr("%1 is a folder, not a diary file. Give the path of the diary file itself, "
                          "for example %2.")
                       .arg(QDir::toNativeSeparators(path),
                            QDir::toNativeSeparators(QDir(path).filePath(u"diary.sqlite"_s)))};
        return false;
    }
    if (!S_ISREG(info.st_mode)) {
        m_error = {DbErrorKind::NotFound,
                   Tr::tr("%1 is not an ordinary file (it is a named pipe, a device or a socket), so it "
                          "cannot be a diary. Give the path of the diary file.")
                       .arg(QDir::toNativeSeparators(path))};
        return false;
    }
    return true;
}

QString Database::explainUnwritable() const
{
    const QFileInfo diary(m_path);
    const QString folder = diary.absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return Tr::tr("The folder %1 that holds the diary cannot be written to, so the diary cannot be "
                      "changed (SQLite keeps helper files beside the diary). Make the folder writable, or "
                      "move the diary to a folder you can write to.")
            .arg(QDir::toNativeSeparators(folder));
    for (const QString &side : QStringList{m_path + u"-shm"_s, m_path + u"-wal"_s}) {
        const QByteArray native = QFile::encodeName(side);
        if (::access(native.constData(), F_OK) == 0 && ::access(native.constData(), R_OK | W_OK) != 0)
            return Tr::tr("The diary's helper file %1 cannot be written (it was left read-only, perhaps "
                          "by another account). Close every program that uses the diary, then delete that "
                          "file; the diary itself loses nothing.")
                .arg(QDir::toNativeSeparators(side));
    }
    if (::access(QFile::encodeName(m_path).constData(), W_OK) != 0)
        return Tr::tr("The diary file %1 is read-only. Make it writable to change the diary.")
            .arg(QDir::toNativeSeparators(m_path));
    return {};
}

bool Database::canCheckConcurrently()
{
    if (schemaVersion() != latestSchemaVersion() || sqlite3_db_readonly(m_db, "main") == 1)
        return false;
    return pragmaText("PRAGMA journal_mode") == QLatin1String("wal");
}

void Database::startConcurrentCheck()
{
    const QByteArray nativePath = QFile::encodeName(m_path);
    m_pendingCheck = std::async(std::launch::async, [nativePath] {
        CheckResult result;
        sqlite3 *db = nullptr;
        int rc =
            sqlite3_open_v2(nativePath.constData(), &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(db, kBusyTimeoutMs);
            rc = sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
        }
        if (rc == SQLITE_OK)
            result.problem = integrityProblem(db, false, &rc);
        if (rc != SQLITE_OK)
            result.error = DbError::fromSqlite(db, rc, Tr::tr("checking the diary"));
        sqlite3_close_v2(db);
        return result;
    });
}

bool Database::isCheckPending() const
{
    return m_pendingCheck.valid();
}

bool Database::waitForCheck()
{
    if (m_pendingCheck.valid()) {
        const CheckResult result = m_pendingCheck.get();
        if (result.error)
            m_checkFailure = result.error;
        else if (!result.problem.isEmpty())
            m_checkFailure = DbError{DbErrorKind::Corrupt, damagedMessage(result.problem)};
        if (m_checkFailure)
            qCWarning(lcStorage) << "the concurrent integrity check failed";
    }
    if (!m_checkFailure)
        return true;
    m_error = *m_checkFailure;
    return false;
}

// Reads only: a damaged or foreign file must be recognised before we write a byte.
bool Database::checkBeforeWriting(bool runQuickCheck)
{
    const int version = schemaVersion();
    if (version < 0) {
        // Re-run through the error path to classify (usually SQLITE_NOTADB).
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        return fail(rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, Tr::tr("reading the diary"));
    }
    if (version > latestSchemaVersion()) {
        m_error = {DbErrorKind::TooNew,
                   Tr::tr("This diary was written by a newer version of NerveDiary (format %1). "
                          "Please update the app; the file was not changed.")
                       .arg(version)};
        return false;
    }
    QString problem = runQuickCheck ? checkIntegrity(false) : QString();
    if (m_error.isError() && m_readOnly && m_error.kind == DbErrorKind::Corrupt) {
        problem = m_error.message; // the check itself tripped over the damage
        m_error = {};
    }
    if (m_error.isError())
        return false;
    if (!problem.isEmpty() && m_readOnly) {
        m_damage = problem; // still readable in part: the caller may export what it can
    } else if (!problem.isEmpty()) {
        m_error = {DbErrorKind::Corrupt, damagedMessage(problem)};
        return false;
    }
    if (version == 0 && m_readOnly) {
        m_error = {DbErrorKind::Corrupt, Tr::tr("%1 is not a NerveDiary diary.").arg(m_path)};
        return false;
    }
    if (version == 0) {
        sqlite3_stmt *stmt = nullptr;
        int tables = 0;
        if (sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            tables = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
        if (tables > 0) {
            m_error = {
                DbErrorKind::Corrupt,
                Tr::tr("%1 is a database, but not a NerveDiary diary. It was not changed.").arg(m_path)};
            return false;
        }
    }
    return true;
}

QString Database::checkIntegrity(bool thorough)
{
    int rc = SQLITE_OK;
    const QString problem = integrityProblem(m_db, thorough, &rc);
    if (rc != SQLITE_OK) {
        fail(rc, Tr::tr("checking the diary"));
        return m_error.message;
    }
    return problem;
}

bool Database::configure()
{
    // Per-connection settings: these do not write to the file.
    if (!exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA trusted_schema = OFF;",
              Tr::tr("configuring the diary")))
        return false;
    if (sqlite3_db_readonly(m_db, "main") == 1)
        return true; // a read-only file is fine for reading; writes will report it
    sqlite3_stmt *stmt = nullptr;
    QByteArray mode;
    if (sqlite3_prepare_v2(m_db, "PRAGMA journal_mode", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        mode = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (mode != "wal")
        return exec("PRAGMA journal_mode = WAL", Tr::tr("configuring the diary"));
    return true;
}

bool Database::configureReadOnly()
{
    // The file may come from anywhere (a backup, a damaged diary): check cell sizes while
    // reading, never run functions named by the schema, and refuse every write.
    return exec("PRAGMA cell_size_check = ON; PRAGMA trusted_schema = OFF; PRAGMA query_only = ON;",
                Tr::tr("opening the diary for reading"));
}

QString Database::pragmaText(const char *sql) const
{
    if (!m_db)
        return {};
    sqlite3_stmt *stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

int Database::synchronousLevel() const
{
    bool ok = false;
    const int level = pragmaText("PRAGMA synchronous").toInt(&ok);
    return ok ? level : -1;
}

QString Database::journalMode() const
{
    return pragmaText("PRAGMA journal_mode");
}

bool Database::migrate()
{
    const int current = schemaVersion();
    if (current >= latestSchemaVersion())
        return true;
    if (current > 0 && m_beforeMigration && !m_beforeMigration(current)) {
        if (!m_error.isError())
            m_error = {DbErrorKind::Other,
                       Tr::tr("The diary could not be backed up before updating its format.")};
        return false;
    }
    for (const Migration &step : migrations()) {
        if (step.toVersion <= current)
            continue;
        Transaction transaction(*this);
        if (!transaction.isActive())
            return false;
        const QByteArray sql =
            QByteArray(step.sql) + "\nPRAGMA user_version = " + QByteArray::number(step.toVersion);
        if (!exec(sql.constData(), Tr::tr("updating the diary format")))
            return false;
        if (!transaction.commit())
            return false;
        qCInfo(lcStorage) << "migrated diary to schema version" << step.toVersion;
    }
    return true;
}

bool Database::exec(const char *sql, const QString &what)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK || fail(rc, what);
}

Statement &Database::cached(const char *sql)
{
    auto &slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    return *slot;
}

bool Database::fail(int resultCode, const QString &what)
{
    m_error = DbError::fromSqlite(m_db, resultCode, what);
    if (m_error.kind == DbErrorKind::Unwritable) {
        // Say which file or folder is in the way, not "check its permissions" of a writable diary.
        const QString reason = explainUnwritable();
        if (!reason.isEmpty())
            m_error.message = reason;
    }
    qCInfo(lcStorage) << "sqlite error" << resultCode << "while" << what;
    return false;
}

bool Database::fail(const DbError &error)
{
    m_error = error;
    return false;
}

Transaction::Transaction(Database &db) : m_db(db)
{
    // Data safety: nothing is written to a file whose check has not passed.
    if (!m_db.waitForCheck())
        return;
    m_active = m_db.exec("BEGIN IMMEDIATE", QCoreApplication::translate("Database", "starting to save"));
}

Transaction::~Transaction()
{
    if (m_active)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec("COMMIT", QCoreApplication::translate("Database", "saving")))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace nd
