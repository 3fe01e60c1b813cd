#pragma once

#include <QString>

struct sqlite3;

namespace nd {

// Writes a consistent copy of an open diary with SQLite's online backup API.
// The copy goes to a temporary file beside the target, is fsynced, checked and only
// then renamed into place: a crash never leaves a half-written file under the
// target's name, and an older copy is never replaced by a broken one.
class BackupWriter
{
public:
    bool write(sqlite3 *source, const QString &targetPath);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace nd
