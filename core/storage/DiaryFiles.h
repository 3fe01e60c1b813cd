#pragma once

#include <QString>
#include <QStringList>

namespace nd {

// The files that make up one diary, and the one check every command and Save dialog makes
// before it writes a file the user named: never over the diary itself, its side files
// (-wal, -shm, -journal, .lock) or one of its backups — whatever path or symlink leads there.
namespace DiaryFiles {

// The diary's side files beside it (SQLite's -wal, -shm, -journal and the window's lock).
QStringList sideFiles(const QString &diaryPath);

// Where `path` leads once every symlink (of the file and of its folders) is followed, also
// when the file itself does not exist yet (e.g. a -wal that SQLite has not created).
QString resolvedPath(const QString &path);

// Empty when `outputPath` may be written; otherwise one sentence saying why not. Compares
// device and inode for files that exist, and the resolved path for files that do not.
QString refuseOutput(const QString &outputPath, const QString &diaryPath);

} // namespace DiaryFiles
} // namespace nd
