#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nd::PrivateFiles {

namespace {

using namespace Qt::StringLiterals;

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

bool ensureFolder(const QString &path, QString *errorString)
{
    if (QFileInfo(path).isDir())
        return true;
    if (!QDir().mkpath(path)) {
        *errorString = Tr::tr("The folder %1 cannot be created.").arg(path);
        return false;
    }
    ::chmod(QFile::encodeName(path).constData(), 0700);
    return true;
}

int createTemporary(const QString &targetPath, QString *tempPath, QString *errorString)
{
    if (!ensureFolder(QFileInfo(targetPath).absolutePath(), errorString))
        return -1;
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString candidate =
            targetPath + u'.' + QString::number(QRandomGenerator::system()->generate64(), 36) + u".part"_s;
        // O_EXCL|O_NOFOLLOW: a new file of our own, never an existing file or a symlink to one.
        const int fd = ::open(QFile::encodeName(candidate).constData(),
                              O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, 0600);
        if (fd >= 0) {
            *tempPath = candidate;
            return fd;
        }
        if (errno != EEXIST) {
            *errorString = writeError(targetPath, errno);
            return -1;
        }
    }
    *errorString = Tr::tr("%1 cannot be created: %2").arg(targetPath, systemError());
    return -1;
}

QString writeError(const QString &path, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return Tr::tr("The disk is full, so %1 was not written. Free some space and try again.")
            .arg(QDir::toNativeSeparators(path));
    if (error == EROFS)
        return Tr::tr("%1 cannot be written: the disk or folder is read-only.")
            .arg(QDir::toNativeSeparators(path));
    if (error == EACCES || error == EPERM)
        return Tr::tr("%1 cannot be written: you have no permission to write there.")
            .arg(QDir::toNativeSeparators(path));
    return Tr::tr("%1 cannot be written: %2")
        .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error)));
}

bool syncAndRename(const QString &tempPath, const QString &targetPath, QString *errorString)
{
    const QByteArray temp = QFile::encodeName(tempPath);
    const QByteArray target = QFile::encodeName(targetPath);
    if (!fsyncPath(temp, O_RDONLY | O_NOFOLLOW)) {
        *errorString = writeError(targetPath, errno);
        return false;
    }
    if (::rename(temp.constData(), target.constData()) != 0) {
        *errorString = writeError(targetPath, errno);
        return false;
    }
    // Make the rename itself durable.
    fsyncPath(QFile::encodeName(QFileInfo(targetPath).absolutePath()), O_RDONLY | O_DIRECTORY);
    return true;
}

bool writeAtomically(const QString &path, const QByteArray &contents, QString *errorString)
{
    QString tempPath;
    const int fd = createTemporary(path, &tempPath, errorString);
    if (fd < 0)
        return false;
    const char *data = contents.constData();
    qsizetype left = contents.size();
    int failure = 0;
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            failure = written < 0 ? errno : ENOSPC;
            break;
        }
        data += written;
        left -= written;
    }
    if (failure == 0 && ::fsync(fd) != 0)
        failure = errno;
    if (::close(fd) != 0 && failure == 0)
        failure = errno;
    if (failure != 0) {
        *errorString = writeError(path, failure);
        ::unlink(QFile::encodeName(tempPath).constData());
        return false;
    }
    if (!syncAndRename(tempPath, path, errorString)) {
        ::unlink(QFile::encodeName(tempPath).constData());
        return false;
    }
    return true;
}

bool restrictToOwner(const QString &path, bool ownerReadWrite)
{
    struct stat info;
    const QByteArray native = QFile::encodeName(path);
    // lstat: a symlink is left alone (never follow a link to change another file's mode).
    if (::lstat(native.constData(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid())
        return false;
    const mode_t mode = info.st_mode & 07777;
    const mode_t wanted = ownerReadWrite ? mode_t(0600) : mode_t(mode & 0700);
    return mode != wanted && ::chmod(native.constData(), wanted) == 0;
}

} // namespace nd::PrivateFiles
