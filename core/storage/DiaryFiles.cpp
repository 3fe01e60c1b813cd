#include "DiaryFiles.h"

#include "BackupManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <sys/stat.h>

namespace nd::DiaryFiles {

namespace {

using namespace Qt::StringLiterals;

// Texts of this file, translated in the context "DiaryFiles". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiaryFiles)
};

struct FileId
{
    dev_t device;
    ino_t inode;
    bool operator==(const FileId &other) const { return device == other.device && inode == other.inode; }
};

// The file a path leads to (symlinks followed), when it exists.
std::optional<FileId> fileId(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileId{info.st_dev, info.st_ino};
}

} // namespace

QStringList sideFiles(const QString &diaryPath)
{
    return {diaryPath + u"-wal"_s, diaryPath + u"-shm"_s, diaryPath + u"-journal"_s, diaryPath + u".lock"_s};
}

QString resolvedPath(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    // Follow the file's own symlinks (a dangling one too: it names where a write would land).
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            break;
        current = target;
    }
    const QFileInfo info(current);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

QString refuseOutput(const QString &outputPath, const QString &diaryPath)
{
    const QString diary = QFileInfo(diaryPath).absoluteFilePath();
    const QString realDiary = resolvedPath(diary);
    QStringList diaryFiles = QStringList{diary} + sideFiles(diary);
    if (realDiary != diary)
        diaryFiles +=
            QStringList{realDiary} + sideFiles(realDiary); // SQLite keeps its files beside the real one

    const std::optional<FileId> output = fileId(outputPath);
    const QString resolvedOutput = resolvedPath(outputPath);
    const QString refusal = Tr::tr("%1 is the diary itself or one of its own files; writing there would "
                                   "destroy the diary. Nothing was written; choose another file name.")
                                .arg(QDir::toNativeSeparators(outputPath));
    for (const QString &file : std::as_const(diaryFiles)) {
        if (resolvedPath(file) == resolvedOutput)
            return refusal;
        if (output && fileId(file) == output)
            return refusal;
    }

    const QString backupRefusal = Tr::tr("%1 is one of the diary's backups; writing there would destroy "
                                         "it. Nothing was written; choose another file name.")
                                      .arg(QDir::toNativeSeparators(outputPath));
    if (!output)
        return {}; // a backup is a file that exists
    for (const QString &diaryFile : {diary, realDiary}) {
        for (const QString &folder : BackupManager::foldersFor(diaryFile)) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
                if (fileId(dir.filePath(name)) == output)
                    return backupRefusal;
            }
        }
    }
    return {};
}

} // namespace nd::DiaryFiles
