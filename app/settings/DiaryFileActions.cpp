#include "DiaryFileActions.h"
#include "storage/DiaryFiles.h"

#include "dialogs/FileDialog.h"
#include "storage/BackupWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace nd::DiaryFileActions {

using namespace Qt::StringLiterals;

namespace {

QString filter()
{
    return QCoreApplication::translate("DiaryFileActions", "NerveDiary diaries (*.sqlite);;All files (*)");
}

QString withSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + u".sqlite"_s : path;
}

} // namespace

QString chooseExisting(QWidget *parent, const QString &currentPath, QString *errorString)
{
    errorString->clear();
    const QString path =
        FileDialog::openFile(parent, QCoreApplication::translate("DiaryFileActions", "Open a diary"),
                             QFileInfo(currentPath).absolutePath(), filter());
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(currentPath).absoluteFilePath()) {
        *errorString = QCoreApplication::translate("DiaryFileActions", "That diary is already open.");
        return {};
    }
    return path;
}

QString chooseNew(QWidget *parent, const QString &currentPath, QString *errorString)
{
    errorString->clear();
    const QString chosen =
        FileDialog::saveFile(parent, QCoreApplication::translate("DiaryFileActions", "Start a new diary"),
                             QFileInfo(currentPath).absoluteDir().filePath(u"new-diary.sqlite"_s), filter());
    if (chosen.isEmpty())
        return {};
    const QString path = withSuffix(chosen);
    if (const QString refusal = DiaryFiles::refuseOutput(path, currentPath); !refusal.isEmpty()) {
        *errorString = refusal;
        return {};
    }
    if (QFileInfo::exists(path)) {
        // Never replace a file: it may be someone's diary.
        *errorString = QCoreApplication::translate(
            "DiaryFileActions", "A file with that name exists already. Choose another name.");
        return {};
    }
    return path;
}

namespace {
// Writes a copy of the open diary to a file the user chooses; empty when cancelled or failed.
QString copyTo(QWidget *parent, Database &db, const QString &title, const QString &suggestion,
               QString *errorString)
{
    errorString->clear();
    const QString chosen = FileDialog::saveFile(parent, title, suggestion, filter());
    if (chosen.isEmpty())
        return {};
    const QString path = withSuffix(chosen);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath()) {
        *errorString = QCoreApplication::translate("DiaryFileActions", "That is where the diary is already.");
        return {};
    }
    if (QFileInfo::exists(path)) {
        *errorString = QCoreApplication::translate(
            "DiaryFileActions", "A file with that name exists already. Choose another name.");
        return {};
    }
    if (const QString refusal = DiaryFiles::refuseOutput(path, db.path()); !refusal.isEmpty()) {
        *errorString = refusal; // e.g. the diary's own -wal, which does not exist at every moment
        return {};
    }
    BackupWriter writer;
    if (!writer.write(db.handle(), path)) {
        *errorString =
            QCoreApplication::translate("DiaryFileActions", "The diary could not be copied there: %1")
                .arg(writer.errorString());
        return {};
    }
    return path;
}
} // namespace

QString moveTo(QWidget *parent, Database &db, QString *errorString)
{
    return copyTo(parent, db, QCoreApplication::translate("DiaryFileActions", "Move the diary to"), db.path(),
                  errorString);
}

QString choose(DiaryFileAction action, QWidget *parent, Database &db, QString *errorString)
{
    switch (action) {
    case DiaryFileAction::OpenOther:
        return chooseExisting(parent, db.path(), errorString);
    case DiaryFileAction::StartNew:
        return chooseNew(parent, db.path(), errorString);
    case DiaryFileAction::Move:
        return moveTo(parent, db, errorString);
    case DiaryFileAction::None:
        break;
    }
    errorString->clear();
    return {};
}

QString keepCopy(QWidget *parent, Database &db, QString *errorString)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggestion = QDir(documents).filePath(
        QCoreApplication::translate("DiaryFileActions", "NerveDiary demo") + u".sqlite"_s);
    return copyTo(parent, db, QCoreApplication::translate("DiaryFileActions", "Keep a copy of the diary"),
                  suggestion, errorString);
}

} // namespace nd::DiaryFileActions
