#include "DiaryLock.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace nd {

namespace {
// Texts of this file, translated in the context "DiaryLock". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiaryLock)
};
} // namespace

DiaryLock::DiaryLock(const QString &diaryPath) : m_lockPath(lockPathFor(diaryPath)) {}

DiaryLock::~DiaryLock()
{
    unlock();
}

QString DiaryLock::lockPathFor(const QString &diaryPath)
{
    return QFileInfo(diaryPath).absoluteFilePath() + QStringLiteral(".lock");
}

bool DiaryLock::tryLock()
{
    if (isLocked())
        return true;
    m_error.clear();
    m_heldElsewhere = false;
    if (!PrivateFiles::ensureFolder(QFileInfo(m_lockPath).absolutePath(), &m_error))
        return false;
    // The file is left in place on unlock: removing it could let two processes lock two
    // different files of the same name.
    const int fd = ::open(QFile::encodeName(m_lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = Tr::tr("The lock file %1 cannot be created: %2")
                      .arg(m_lockPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) {
            m_heldElsewhere = true;
            m_error = Tr::tr("This diary is already open in another NerveDiary window. "
                             "Please switch to that window, or close it and try again.");
        } else {
            m_error =
                Tr::tr("The diary cannot be locked: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
        }
        return false;
    }
    m_fd = fd;
    return true;
}

void DiaryLock::unlock()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace nd
