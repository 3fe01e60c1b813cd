#pragma once

#include <QByteArray>
#include <QString>

namespace nd {

// Files that hold health data: created user-only (0600, folders 0700), written
// atomically (temporary file, fsync, rename, fsync of the folder).
namespace PrivateFiles {

bool ensureFolder(const QString &path, QString *errorString);
// Creates a new, empty, user-only temporary file beside `targetPath` (O_CREAT|O_EXCL|O_NOFOLLOW
// under a fresh random name, so no leftover file or planted symlink is ever written through).
// Returns its descriptor (the caller closes it) and its name, or -1 with `errorString` set.
int createTemporary(const QString &targetPath, QString *tempPath, QString *errorString);
// One sentence for a failed write of `path` with errno `error` ("the disk is full", …).
QString writeError(const QString &path, int error);
bool syncAndRename(const QString &tempPath, const QString &targetPath, QString *errorString);
// Replaces `path` with `contents` atomically; the old file stays if anything fails.
bool writeAtomically(const QString &path, const QByteArray &contents, QString *errorString);

// Takes every permission of other accounts away from a regular file of ours (a symlink or
// someone else's file is left alone); `ownerReadWrite` sets it to exactly 0600, so the owner can
// also write it (SQLite's -wal and -shm). True when the mode was changed.
bool restrictToOwner(const QString &path, bool ownerReadWrite);

} // namespace PrivateFiles
} // namespace nd
