#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nd {

class Clock;

// One copy in the backups folder, as found on disk and checked.
struct BackupInfo
{
    enum class Reason { Daily, Manual, BeforeUpdate, BeforeRestore, Damaged };

    QString path;
    QDateTime takenAt;   // the moment, from the file name (in local time; compares as a moment)
    bool shared = false; // in the "backups" folder shared by all diaries there (older versions)
    Reason reason = Reason::Manual;
    bool usable = false; // opened as untrusted and passed quick_check
    int entryCount = -1; // -1 when not usable
    int schemaVersion = -1;
    QString problem; // why it cannot be restored (empty when usable)
};

// The diary's safety copies: a "backups" folder beside the diary, user-only.
//
// - backUp() writes a copy with the online backup API (BackupWriter: temporary file, fsync,
//   rename), opens the result again as untrusted, and only when that passes prunes old copies.
// - Routine copies are kept as the newest automatic (daily) and the newest manual copy of
//   each of the last 7 days that have one, plus the newest of each of the last 4 weeks; the last 4 safety
//   copies (taken before a format update or a restore) are kept as well, and copies of a damaged diary are
//   never deleted automatically. Files the app did not write are never touched.
// - restore() keeps the current diary as a backup first, then copies the backup in.
class BackupManager
{
public:
    explicit BackupManager(const QString &diaryPath);
    BackupManager(const QString &diaryPath, const Clock &clock);

    QString diaryPath() const { return m_diaryPath; }
    // This diary's own backups folder ("backups/<diary file name>" beside the diary).
    QString folder() const;
    // Where this diary's copies may be: its own folder, then the "backups" folder that
    // versions before it shared among all diaries in one folder (still read, never pruned).
    static QStringList foldersFor(const QString &diaryPath);
    QString errorString() const { return m_error; }

    // Writes a verified copy of the open diary; returns its path, or empty on failure.
    QString backUp(Database &db, BackupInfo::Reason reason = BackupInfo::Reason::Manual);
    // The day's first open: a daily copy unless one was already made today or the diary
    // holds nothing yet. True when nothing had to be done or the copy was written.
    bool backUpIfDue(Database &db);
    // False when a copy (other than of a damaged diary) was already made today: looks at
    // the file names only, so it is cheap enough to ask before opening a connection.
    bool isDailyDue() const;
    // Makes `db` write a copy before it changes the format of an existing diary.
    // The hook refuses the update (and so the open) when the copy fails.
    void protectMigrations(Database &db) const;

    // Every copy of this diary, newest first; `check` opens each one as untrusted.
    QList<BackupInfo> list(bool check = true) const;
    std::optional<BackupInfo> newestUsableBackup() const;

    // Opens a file as untrusted (read-only, cell_size_check=ON, trusted_schema=OFF),
    // runs quick_check and counts its entries. Never writes to it.
    static BackupInfo inspect(const QString &path);

    // Replaces the diary's content with a backup's. The backup is checked first; the
    // current diary is kept as a backup (a byte copy when it is damaged) before anything
    // changes. `db` may be open on the diary or closed (e.g. because the diary is damaged);
    // on success it is open on the restored diary, brought up to the current format.
    bool restore(const QString &backupPath, Database &db);

    // Which of `backups` (newest first) rotation keeps; the rest may be deleted.
    static QList<BackupInfo> selectToKeep(const QList<BackupInfo> &backups);

    static QString reasonName(BackupInfo::Reason reason);

private:
    QString fileNameFor(const QDateTime &when, BackupInfo::Reason reason) const;
    std::optional<BackupInfo> parseFileName(const QString &folder, const QString &fileName) const;
    bool ensureFolders();
    bool prune(const QString &justWritten);
    bool keepDamagedCopy();
    bool restoreOverDamaged(const QString &backupPath);
    bool restoreIntoOpen(const QString &backupPath, Database &db);

    QString m_diaryPath;
    const Clock *m_clock;
    QString m_error;
};

} // namespace nd
