#pragma once

#include "DamagedDiaryDialog.h"
#include "storage/DiaryLock.h"

#include <QString>

#include <functional>
#include <optional>

namespace nd {

class Clock;
class Database;

// Opens the window's diary with every data-safety promise of docs/data-safety.md:
// one window per diary file (the lock lives as long as this object), a backup before any
// format update, the day's first backup, and, when the file is damaged, the user's choice
// between the newest good backup and a read-only open (the damaged file is never written).
//
// The window opens in two steps so that it starts fast: openForWindow() returns while
// the integrity check still runs on a worker (the window builds meanwhile, reading only:
// no write can begin before the check passed), confirmIntact() waits for the verdict
// before anything is shown, and the day's backup is made by a DailyBackup on a worker
// once the window has painted.
class WindowDiaryOpener
{
public:
    WindowDiaryOpener(const QString &diaryPath, const Clock &clock);

    // Everything at once: the check, the damaged-diary choice and the day's backup.
    // False when the window should not start; errorString() then says why, in plain words
    // (empty when the user chose to quit at the damaged-diary question).
    bool open(Database &db, QWidget *parent = nullptr);

    // Opens with the check running concurrently and without the day's backup.
    bool openForWindow(Database &db, QWidget *parent = nullptr);
    // Waits for the check begun by openForWindow(). When it found the file damaged, the
    // connection is closed unwritten and the user chooses as with open(); `recovered` is
    // then true: the diary changed under the caller, who must read it again. False when
    // the window should not start (errorString() as for open()).
    bool confirmIntact(Database &db, bool *recovered, QWidget *parent = nullptr);

    // The day's first backup through a connection of its own (safe on a worker thread):
    // an empty string when it was made or not due, else a warning for the user.
    static QString backUpIfDue(const QString &diaryPath, const Clock &clock);
    QString errorString() const { return m_error; }
    // Set when the day's backup could not be made (the diary still opened).
    QString warning() const { return m_warning; }
    bool openedReadOnly() const { return m_readOnly; }

    // Replaces the damaged-diary dialog (tests).
    using Chooser = std::function<DamagedDiaryDialog::Choice(const std::optional<BackupInfo> &newestGood)>;
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }

private:
    bool openChecked(Database &db, bool concurrently, QWidget *parent);
    bool recoverDamaged(Database &db, QWidget *parent);

    QString m_path;
    const Clock &m_clock;
    DiaryLock m_lock;
    Chooser m_chooser;
    QString m_error;
    QString m_warning;
    bool m_readOnly = false;
};

} // namespace nd
