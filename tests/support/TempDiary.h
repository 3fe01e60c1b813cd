#pragma once

// Test helpers for anything that touches diary files: a diary in a fresh temporary
// folder, and plain file reads/writes so a test can prove a file was left untouched.

#include "SampleData.h"
#include "storage/Database.h"
#include "storage/DiaryStore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <sys/stat.h>

namespace nd::test {

// The bytes of a file, or a null QByteArray when it cannot be read (e.g. it does not exist).
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.isNull())
        bytes = QByteArray(""); // an empty file is not a missing one
    return bytes;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Permission bits (e.g. 0600) of a file, or -1 when it does not exist.
inline int fileMode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// What a file looked like at one moment: whether it existed and its exact bytes.
struct FileState
{
    bool exists = false;
    QByteArray bytes;

    static FileState of(const QString &path)
    {
        FileState state;
        state.exists = QFile::exists(path);
        state.bytes = state.exists ? fileBytes(path) : QByteArray();
        return state;
    }
    bool operator==(const FileState &other) const { return exists == other.exists && bytes == other.bytes; }
    bool operator!=(const FileState &other) const { return !(*this == other); }
};

// A diary file inside its own temporary folder, removed with the folder.
class TempDiary
{
public:
    TempDiary() = default;
    ~TempDiary() { close(); }
    TempDiary(const TempDiary &) = delete;
    TempDiary &operator=(const TempDiary &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString folder() const { return m_dir.path(); }
    QString path() const { return filePath(QStringLiteral("diary.sqlite")); }
    QString filePath(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    // Opens (creating when missing) the diary; errorString() says why it failed.
    bool open(Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
    {
        close();
        m_db = std::make_unique<Database>();
        if (!m_db->open(path(), mode))
            return false;
        m_store = std::make_unique<DiaryStore>(*m_db);
        return true;
    }
    void close()
    {
        m_store.reset();
        m_db.reset();
    }
    const DbError &error() const { return m_db->error(); }
    QString errorString() const { return m_db->errorString(); }

    Database &db() { return *m_db; }
    DiaryStore &store() { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DiaryStore> m_store;
};

// `count` days of patient entries from `first` on, every field filled (fullEntry).
inline bool saveDailyEntries(DiaryStore &store, QDate first, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!store.saveEntry(fullEntry(first.addDays(i), Author::Patient, i)))
            return false;
    }
    return true;
}

} // namespace nd::test
