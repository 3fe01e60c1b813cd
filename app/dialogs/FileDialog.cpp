#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include <optional>

namespace nd {

namespace {
std::optional<QString> &preset()
{
    static std::optional<QString> fileName;
    return fileName;
}

// A dialog asked to open in a folder that does not exist opens in the program's working
// folder instead, where nobody finds the file again: the Documents folder is made (as the
// desktop would), any other missing folder gives way to the home folder.
QString existingPlace(const QString &suggestion)
{
    const QFileInfo info(suggestion);
    const QString folder = info.absolutePath();
    if (QFileInfo(folder).isDir())
        return suggestion;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(folder) == QFileInfo(documents) && QDir().mkpath(documents))
        return suggestion;
    return QDir::home().filePath(info.fileName());
}

std::optional<QString> takePreset()
{
    std::optional<QString> fileName = preset();
    preset().reset();
    return fileName;
}
} // namespace

QString FileDialog::openFile(QWidget *parent, const QString &title, const QString &folder,
                             const QString &filter)
{
    if (const std::optional<QString> fileName = takePreset())
        return *fileName;
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString FileDialog::saveFile(QWidget *parent, const QString &title, const QString &suggestion,
                             const QString &filter)
{
    if (const std::optional<QString> fileName = takePreset())
        return *fileName;
    return QFileDialog::getSaveFileName(parent, title, existingPlace(suggestion), filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    preset() = fileName;
}

} // namespace nd
