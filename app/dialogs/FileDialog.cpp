#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace nd {

namespace {
std::optional<QString> &preset()
{
    static std::optional<QString> fileName;
    return fileName;
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
    return QFileDialog::getSaveFileName(parent, title, suggestion, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    preset() = fileName;
}

bool FileDialog::hasPresetFileName()
{
    return preset().has_value();
}

} // namespace nd
