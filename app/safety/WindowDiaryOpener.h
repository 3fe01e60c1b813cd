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
class WindowDiaryOpener
{
public:
    WindowDiaryOpener(const QString &diaryPath, const Clock &clock);

    // False when the window should not start; errorString() then says why, in plain words
    // (empty when the user chose to quit at the damaged-diary question).
    bool open(Database &db, QWidget *parent = nullptr);
    QString errorString() const { return m_error; }
    // Set when the day's backup could not be made (the diary still opened).
    QString warning() const { return m_warning; }
    bool openedReadOnly() const { return m_readOnly; }

    // Replaces the damaged-diary dialog (tests).
    using Chooser = std::function<DamagedDiaryDialog::Choice(const std::optional<BackupInfo> &newestGood)>;
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }

private:
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
