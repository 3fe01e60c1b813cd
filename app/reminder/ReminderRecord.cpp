#include "ReminderRecord.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
QString recordFolder(const QString &folder)
{
    const QString dir =
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder;
    QDir().mkpath(dir);
    return dir;
}

// The diary's canonical path, hashed: the record names no file and stays one key per diary.
QString keyFor(const QString &diaryPath)
{
    const QFileInfo info(diaryPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return u"lastReminded/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

ReminderRecord::ReminderRecord(const QString &diaryPath, const QString &folder)
    : m_file(QDir(recordFolder(folder)).filePath(u"reminders.ini"_s)), m_key(keyFor(diaryPath)),
      // Not "reminders.ini.lock": QSettings takes that one itself while it writes.
      m_lock(QDir(recordFolder(folder)).filePath(u"reminders.lock"_s))
{
    m_lock.setStaleLockTime(30 * 1000);
}

ReminderRecord::~ReminderRecord() = default;

bool ReminderRecord::lock()
{
    return m_lock.tryLock(3000);
}

QDate ReminderRecord::lastReminded() const
{
    const QSettings file(m_file, QSettings::IniFormat);
    return QDate::fromString(file.value(m_key).toString(), Qt::ISODate);
}

void ReminderRecord::setLastReminded(QDate day)
{
    QSettings file(m_file, QSettings::IniFormat);
    file.setValue(m_key, day.toString(Qt::ISODate));
    file.sync();
}

} // namespace nd
