#pragma once

#include <QString>

namespace nd {

// Makes sure only one window works on a diary file at a time. The lock is an flock()
// on "<diary>.lock" beside the diary: the kernel drops it when the process ends, even
// when it is killed, so a crash never leaves the diary locked. Command-line tools do not
// take it; they read alongside the window and their writes wait for SQLite's own locks.
class DiaryLock
{
public:
    explicit DiaryLock(const QString &diaryPath);
    ~DiaryLock();
    DiaryLock(const DiaryLock &) = delete;
    DiaryLock &operator=(const DiaryLock &) = delete;

    // Returns at once. False when another window holds the lock (heldElsewhere())
    // or the lock file cannot be made (errorString()).
    bool tryLock();
    void unlock();

    bool isLocked() const { return m_fd >= 0; }
    bool heldElsewhere() const { return m_heldElsewhere; }
    QString errorString() const { return m_error; }
    QString lockPath() const { return m_lockPath; }

    static QString lockPathFor(const QString &diaryPath);

private:
    QString m_lockPath;
    QString m_error;
    int m_fd = -1;
    bool m_heldElsewhere = false;
};

} // namespace nd
