#pragma once

#include <QDate>
#include <QLockFile>
#include <QString>

namespace nd {

// Which diary day was last reminded, per diary, shared by the window and `nervediary
// remind` (a file in the user's data folder, no diary content in it): at most one
// reminder a day, whichever of them comes first. Holds a lock while it lives, so the
// two cannot both decide to remind at the same minute.
class ReminderRecord
{
public:
    // `folder` empty: the user's data folder (tests give a temporary one).
    explicit ReminderRecord(const QString &diaryPath, const QString &folder = {});
    ~ReminderRecord();

    // Waits up to a few seconds for the other program; false when it holds on.
    bool lock();
    QDate lastReminded() const;
    void setLastReminded(QDate day);

private:
    QString m_file;
    QString m_key;
    QLockFile m_lock;
};

} // namespace nd
