#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nd::PrivateFiles {

namespace {

// Texts of this file, translated in the context "PrivateFiles". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool fsyncPath(const QByteArray &path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

bool ensureFolder(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir())
        return true;
    if (!QDir().mkpath(path)) {
        *error = Tr::tr("The folder %1 cannot be created.").arg(path);
        return false;
    }
    ::chmod(QFile::encodeName(path).constData(), 0700);
    return true;
}

bool createEmpty(const QString &path, QString *error)
{
    if (!ensureFolder(QFileInfo(path).absolutePath(), error))
        return false;
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = Tr::tr("%1 cannot be created: %2").arg(path, systemError());
        return false;
    }
    ::close(fd);
    return true;
}

bool syncAndRename(const QString &tempPath, const QString &targetPath, QString *error)
{
    const QByteArray temp = QFile::encodeName(tempPath);
    const QByteArray target = QFile::encodeName(targetPath);
    if (!fsyncPath(temp, O_RDONLY)) {
        *error = Tr::tr("%1 cannot be written to disk: %2").arg(targetPath, systemError());
        return false;
    }
    if (::rename(temp.constData(), target.constData()) != 0) {
        *error = Tr::tr("%1 cannot be written: %2").arg(targetPath, systemError());
        return false;
    }
    // Make the rename itself durable.
    fsyncPath(QFile::encodeName(QFileInfo(targetPath).absolutePath()), O_RDONLY | O_DIRECTORY);
    return true;
}

bool writeAtomically(const QString &path, const QByteArray &contents, QString *error)
{
    const QString tempPath = path + QStringLiteral(".part");
    if (!createEmpty(tempPath, error))
        return false;
    QFile file(tempPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size() ||
        !file.flush()) {
        *error = Tr::tr("%1 cannot be written: %2").arg(path, file.errorString());
        file.close();
        QFile::remove(tempPath);
        return false;
    }
    file.close();
    if (!syncAndRename(tempPath, path, error)) {
        QFile::remove(tempPath);
        return false;
    }
    return true;
}

} // namespace nd::PrivateFiles
