#pragma once

#include <QByteArray>
#include <QString>

namespace nd {

// Files that hold health data: created user-only (0600, folders 0700), written
// atomically (temporary file, fsync, rename, fsync of the folder).
namespace PrivateFiles {

bool ensureFolder(const QString &path, QString *error);
bool createEmpty(const QString &path, QString *error);
bool syncAndRename(const QString &tempPath, const QString &targetPath, QString *error);
// Replaces `path` with `contents` atomically; the old file stays if anything fails.
bool writeAtomically(const QString &path, const QByteArray &contents, QString *error);

} // namespace PrivateFiles
} // namespace nd
