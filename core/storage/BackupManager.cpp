#include "BackupManager.h"

#include "BackupWriter.h"
#include "util/Clock.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcBackup, "nervediary.backup", QtWarningMsg)

namespace nd {

namespace {

using namespace Qt::StringLiterals;

// Texts of this file, translated in the context "BackupManager". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)
};

constexpr int kDailyCopies = 7;
constexpr int kWeeklyCopies = 4;
constexpr int kSafetyCopies = 4;
// A ".part" file older than this was left by a killed backup, not one still being written.
constexpr qint64 kStalePartSeconds = 3600;

// Names carry the moment in UTC, so they sort by real time in any time zone and a change of
// zone (travel, summer time) never makes an older copy look newer.
const char *const kTimestampFormat = "yyyyMMdd'T'HHmmss'Z'";
// Names written before (local time without an offset, in the shared "backups" folder): still
// found and listed, read as local time.
const char *const kOldTimestampFormat = "yyyy-MM-dd-HHmmss";

struct ReasonToken
{
    BackupInfo::Reason reason;
    QLatin1StringView token;
};

constexpr ReasonToken kReasonTokens[] = {
    {BackupInfo::Reason::Daily, "daily"_L1},
    {BackupInfo::Reason::Manual, "manual"_L1},
    {BackupInfo::Reason::BeforeUpdate, "before-update"_L1},
    {BackupInfo::Reason::BeforeRestore, "before-restore"_L1},
    {BackupInfo::Reason::Damaged, "damaged"_L1},
};

bool isRoutine(BackupInfo::Reason reason)
{
    return reason == BackupInfo::Reason::Daily || reason == BackupInfo::Reason::Manual;
}

int scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

// True when any table of the diary holds a row: an empty new diary needs no daily copy.
bool holdsAnything(sqlite3 *db)
{
    QList<QByteArray> tables;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                           -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            tables.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    for (const QByteArray &table : tables) {
        QByteArray quoted = table;
        quoted.replace('"', "\"\"");
        if (scalar(db, QByteArray("SELECT EXISTS (SELECT 1 FROM \"" + quoted + "\")").constData()) == 1)
            return true;
    }
    return false;
}

// Byte copy for files SQLite cannot open (a damaged diary): fsynced, user-only, atomic.
bool copyBytes(const QString &from, const QString &to, QString *errorString)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *errorString = Tr::tr("%1 cannot be read: %2").arg(from, source.errorString());
        return false;
    }
    return PrivateFiles::writeAtomically(to, source.readAll(), errorString);
}

const QStringList &sideFileSuffixes()
{
    static const QStringList suffixes = {u"-wal"_s, u"-journal"_s};
    return suffixes;
}

} // namespace

BackupManager::BackupManager(const QString &diaryPath) : BackupManager(diaryPath, Clock::system()) {}

BackupManager::BackupManager(const QString &diaryPath, const Clock &clock)
    : m_diaryPath(QFileInfo(diaryPath).absoluteFilePath()), m_clock(&clock)
{}

QString BackupManager::folder() const
{
    return foldersFor(m_diaryPath).first();
}

QStringList BackupManager::foldersFor(const QString &diaryPath)
{
    const QFileInfo diary(QFileInfo(diaryPath).absoluteFilePath());
    const QString shared = diary.dir().filePath(u"backups"_s);
    // One folder per diary file ("backups/diary.sqlite/"), so diary.sqlite and diary.db in
    // one folder never see, count or prune each other's copies.
    return {QDir(shared).filePath(diary.fileName()), shared};
}

QString BackupManager::reasonName(BackupInfo::Reason reason)
{
    switch (reason) {
    case BackupInfo::Reason::Daily:
        return Tr::tr("daily");
    case BackupInfo::Reason::Manual:
        return Tr::tr("made by hand");
    case BackupInfo::Reason::BeforeUpdate:
        return Tr::tr("before a format update");
    case BackupInfo::Reason::BeforeRestore:
        return Tr::tr("before a restore");
    case BackupInfo::Reason::Damaged:
        return Tr::tr("copy of a damaged diary");
    }
    return {};
}

QString BackupManager::fileNameFor(const QDateTime &when, BackupInfo::Reason reason) const
{
    QLatin1StringView token;
    for (const ReasonToken &candidate : kReasonTokens) {
        if (candidate.reason == reason)
            token = candidate.token;
    }
    return QFileInfo(m_diaryPath).completeBaseName() + u'-' +
           when.toUTC().toString(QLatin1StringView(kTimestampFormat)) + u'-' + token + u".sqlite"_s;
}

std::optional<BackupInfo> BackupManager::parseFileName(const QString &folder, const QString &fileName) const
{
    static const QRegularExpression tail(
        u"-(\\d{8}T\\d{6}Z|\\d{4}-\\d{2}-\\d{2}-\\d{6})-(daily|manual|before-update|before-restore|damaged)\\.sqlite$"_s);
    const QString stem = QFileInfo(m_diaryPath).completeBaseName();
    if (!fileName.startsWith(stem))
        return std::nullopt;
    const QRegularExpressionMatch match = tail.match(fileName);
    if (!match.hasMatch() || match.capturedStart() != stem.size())
        return std::nullopt;
    BackupInfo info;
    const QString stamp = match.captured(1);
    if (stamp.endsWith(u'Z')) {
        info.takenAt = QDateTime::fromString(stamp, QLatin1StringView(kTimestampFormat));
        info.takenAt.setTimeZone(QTimeZone::utc());
    } else {
        info.takenAt = QDateTime::fromString(stamp, QLatin1StringView(kOldTimestampFormat)).toUTC();
    }
    if (!info.takenAt.isValid())
        return std::nullopt;
    info.takenAt = info.takenAt.toLocalTime(); // shown in the user's zone; compared as moments
    for (const ReasonToken &candidate : kReasonTokens) {
        if (match.capturedView(2) == candidate.token)
            info.reason = candidate.reason;
    }
    info.path = QDir(folder).filePath(fileName);
    info.shared = folder != this->folder();
    return info;
}

QString BackupManager::backUp(Database &db, BackupInfo::Reason reason)
{
    m_error.clear();
    if (!db.isOpen()) {
        m_error = Tr::tr("The diary is not open, so no backup was made.");
        return {};
    }
    if (!ensureFolders())
        return {};

    // Leftovers of backups that were killed half-way are never used; tidy them up.
    const QDir dir(folder());
    const QDateTime now = m_clock->now();
    for (const QFileInfo &part : dir.entryInfoList({u"*.part"_s}, QDir::Files)) {
        if (part.lastModified().secsTo(QDateTime::currentDateTime()) > kStalePartSeconds)
            QFile::remove(part.absoluteFilePath());
    }

    // A copy never replaces an older one of another moment: move on a second if taken.
    QDateTime when = now;
    while (QFileInfo::exists(dir.filePath(fileNameFor(when, reason))))
        when = when.addSecs(1);
    const QString path = dir.filePath(fileNameFor(when, reason));

    BackupWriter writer;
    if (!writer.write(db.handle(), path)) {
        m_error = writer.errorString();
        qCWarning(lcBackup) << "backup failed";
        return {};
    }
    const BackupInfo written = inspect(path);
    if (!written.usable) {
        QFile::remove(path);
        m_error = Tr::tr("The backup was written but failed its check: %1").arg(written.problem);
        qCWarning(lcBackup) << "backup failed its check";
        return {};
    }
    prune(path);
    return path;
}

bool BackupManager::backUpIfDue(Database &db)
{
    m_error.clear();
    if (!db.isOpen() || db.isReadOnly() || !holdsAnything(db.handle()) || !isDailyDue())
        return true;
    return !backUp(db, BackupInfo::Reason::Daily).isEmpty();
}

bool BackupManager::isDailyDue() const
{
    const QDate today = m_clock->today();
    for (const BackupInfo &existing : list(false)) {
        if (existing.reason != BackupInfo::Reason::Damaged && existing.takenAt.toLocalTime().date() == today)
            return false;
    }
    return true;
}

void BackupManager::protectMigrations(Database &db) const
{
    const QString path = m_diaryPath;
    const Clock *clock = m_clock;
    Database *target = &db;
    db.setBeforeMigration([path, clock, target](int /*fromVersion*/) {
        BackupManager manager(path, *clock);
        if (!manager.backUp(*target, BackupInfo::Reason::BeforeUpdate).isEmpty())
            return true;
        target->fail(
            {DbErrorKind::Other, Tr::tr("The diary's format was not updated because a backup could not be "
                                        "made first: %1")
                                     .arg(manager.errorString())});
        return false;
    });
}

QList<BackupInfo> BackupManager::list(bool check) const
{
    QList<BackupInfo> backups;
    for (const QString &folder : foldersFor(m_diaryPath)) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.sqlite"_s}, QDir::Files)) {
            std::optional<BackupInfo> info = parseFileName(folder, name);
            if (!info)
                continue;
            if (check && info->reason == BackupInfo::Reason::Damaged) {
                info->problem = reasonName(info->reason);
            } else if (check) {
                const BackupInfo checked = inspect(info->path);
                info->usable = checked.usable;
                info->entryCount = checked.entryCount;
                info->schemaVersion = checked.schemaVersion;
                info->problem = checked.problem;
            }
            backups.append(*info);
        }
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return backups;
}

std::optional<BackupInfo> BackupManager::newestUsableBackup() const
{
    for (const BackupInfo &candidate : list(false)) {
        if (candidate.reason == BackupInfo::Reason::Damaged)
            continue;
        BackupInfo checked = inspect(candidate.path);
        if (checked.usable) {
            checked.takenAt = candidate.takenAt;
            checked.reason = candidate.reason;
            return checked;
        }
    }
    return std::nullopt;
}

BackupInfo BackupManager::inspect(const QString &path)
{
    BackupInfo info;
    info.path = path;
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly)) {
        info.problem = db.errorString();
        return info;
    }
    if (!db.damageReport().isEmpty()) {
        info.problem = Tr::tr("The copy is damaged (%1).").arg(db.damageReport());
        return info;
    }
    info.schemaVersion = db.schemaVersion();
    info.entryCount = scalar(db.handle(), "SELECT count(*) FROM entry");
    if (info.entryCount < 0) {
        info.problem = Tr::tr("The copy is not a NerveDiary diary.");
        return info;
    }
    info.usable = true;
    return info;
}

QList<BackupInfo> BackupManager::selectToKeep(const QList<BackupInfo> &backups)
{
    QList<BackupInfo> keep;
    QList<QDate> days;                     // the days seen, newest first: the first kDailyCopies keep copies
    QSet<std::pair<QDate, int>> keptOfDay; // (day, reason) that has its newest copy already
    QSet<int> weeks;
    int safetyCopies = 0;
    for (const BackupInfo &backup : backups) {
        bool kept = false;
        if (backup.reason == BackupInfo::Reason::Damaged) {
            kept = true; // the only copy of what could not be read: the user decides
        } else if (isRoutine(backup.reason)) {
            // The day as the user sees it now; the order is by real time (UTC), so the
            // newest copy comes first whatever zone the copies were made in.
            const QDate day = backup.takenAt.toLocalTime().date();
            int weekYear = 0;
            const int week = day.weekNumber(&weekYear);
            const int weekKey = weekYear * 100 + week;
            if (!days.contains(day))
                days.append(day);
            // Each day keeps its newest automatic and its newest manual copy: a copy made by
            // hand never pushes out the day's automatic one, nor the other way round.
            const std::pair<QDate, int> dayReason{day, int(backup.reason)};
            if (days.indexOf(day) < kDailyCopies && !keptOfDay.contains(dayReason)) {
                keptOfDay.insert(dayReason);
                kept = true;
            }
            if (!weeks.contains(weekKey) && weeks.size() < kWeeklyCopies) {
                weeks.insert(weekKey);
                kept = true;
            }
            weeks.insert(weekKey); // the week already has its newest copy
        } else if (safetyCopies < kSafetyCopies) {
            ++safetyCopies;
            kept = true;
        }
        if (kept)
            keep.append(backup);
    }
    return keep;
}

bool BackupManager::prune(const QString &justWritten)
{
    // Only this diary's own folder: copies in the shared old folder may belong to another
    // diary of the same name (diary.sqlite, diary.db), so they are listed but never deleted.
    QList<BackupInfo> all = list(false);
    all.removeIf([](const BackupInfo &backup) { return backup.shared; });
    QSet<QString> keep;
    for (const BackupInfo &backup : selectToKeep(all))
        keep.insert(backup.path);
    keep.insert(justWritten);
    bool ok = true;
    for (const BackupInfo &backup : all) {
        if (!keep.contains(backup.path))
            ok = QFile::remove(backup.path) && ok;
    }
    return ok;
}

bool BackupManager::ensureFolders()
{
    // Both levels user-only: "backups" and this diary's folder inside it.
    const QStringList folders = foldersFor(m_diaryPath);
    return PrivateFiles::ensureFolder(folders.last(), &m_error) &&
           PrivateFiles::ensureFolder(folders.first(), &m_error);
}

bool BackupManager::restore(const QString &backupPath, Database &db)
{
    m_error.clear();
    const BackupInfo chosen = inspect(backupPath);
    if (!chosen.usable) {
        m_error = Tr::tr("This backup cannot be used, so nothing was changed: %1").arg(chosen.problem);
        return false;
    }
    if (db.isOpen() && db.isReadOnly())
        db.close();
    if (!db.isOpen() && !db.open(m_diaryPath, Database::OpenMode::MustExist)) {
        const DbErrorKind kind = db.error().kind;
        if (kind != DbErrorKind::Corrupt && kind != DbErrorKind::NotFound) {
            m_error = db.errorString();
            return false;
        }
        if (!restoreOverDamaged(backupPath))
            return false;
    } else if (!restoreIntoOpen(backupPath, db)) {
        return false;
    }
    if (!db.open(m_diaryPath, Database::OpenMode::MustExist)) {
        m_error = db.errorString();
        return false;
    }
    return true;
}

bool BackupManager::restoreIntoOpen(const QString &backupPath, Database &db)
{
    if (backUp(db, BackupInfo::Reason::BeforeRestore).isEmpty()) {
        m_error = Tr::tr("The current diary could not be kept as a backup, so nothing was restored: %1")
                      .arg(m_error);
        return false;
    }
    Database source;
    if (!source.open(backupPath, Database::OpenMode::ReadOnly)) {
        m_error = source.errorString();
        return false;
    }
    // Copy through a connection of our own: the online backup API writes the whole diary
    // in one transaction, so a crash leaves the old content or the new, and programs that
    // have the diary open (WAL) see either one, never a mix.
    db.close();
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(m_diaryPath).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(target, 2000);
        rc = sqlite3_exec(target, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source.handle(), "main");
        if (!backup) {
            rc = sqlite3_errcode(target);
        } else {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK) {
        m_error = (rc & 0xff) == SQLITE_READONLY
                      ? Tr::tr("This backup was written with different settings and cannot be restored here.")
                      : DbError::fromSqlite(target, rc, Tr::tr("restoring the backup")).message;
    }
    sqlite3_close_v2(target);
    if (rc != SQLITE_OK) {
        db.open(m_diaryPath, Database::OpenMode::MustExist); // back to where the caller was
        return false;
    }
    return true;
}

bool BackupManager::keepDamagedCopy()
{
    if (!QFileInfo::exists(m_diaryPath))
        return true;
    if (!ensureFolders())
        return false;
    const QString copy = QDir(folder()).filePath(fileNameFor(m_clock->now(), BackupInfo::Reason::Damaged));
    if (!copyBytes(m_diaryPath, copy, &m_error))
        return false;
    for (const QString &suffix : sideFileSuffixes()) {
        if (QFileInfo::exists(m_diaryPath + suffix) &&
            !copyBytes(m_diaryPath + suffix, copy + suffix, &m_error))
            return false;
    }
    return true;
}

bool BackupManager::restoreOverDamaged(const QString &backupPath)
{
    // 1. Keep every byte of the damaged diary. 2. Write the restored diary beside it.
    // 3. Only then drop the damaged side files (their copies are kept) and rename the
    // restored file into place, so a crash at any point leaves a diary or its copies.
    if (!keepDamagedCopy()) {
        m_error =
            Tr::tr("The damaged diary could not be kept as a copy, so nothing was restored: %1").arg(m_error);
        return false;
    }
    Database source;
    if (!source.open(backupPath, Database::OpenMode::ReadOnly)) {
        m_error = source.errorString();
        return false;
    }
    const QString restored = m_diaryPath + u".restored"_s;
    BackupWriter writer;
    if (!writer.write(source.handle(), restored)) {
        m_error = writer.errorString();
        return false;
    }
    source.close();
    // Stale -wal frames of the damaged file would be replayed into the restored one.
    for (const QString &suffix : sideFileSuffixes() + QStringList{u"-shm"_s})
        QFile::remove(m_diaryPath + suffix);
    if (!PrivateFiles::syncAndRename(restored, m_diaryPath, &m_error))
        return false;
    return true;
}

} // namespace nd
