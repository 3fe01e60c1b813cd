#pragma once

#include <QString>

class QWidget;

namespace nd {

class Database;

// What the person chose to do with the diary file (File menu, Settings).
enum class DiaryFileAction { None, OpenOther, StartNew, Move };

// Choosing another diary file from the window: open an existing one, start a new
// one, or move the open one. Each returns the file to open next, or an empty string
// when the user cancelled or it failed (then `errorString` says why; empty when cancelled).
// The launcher then closes this diary and opens the chosen one.
namespace DiaryFileActions {

// The file `action` leads to: chooseExisting, chooseNew or moveTo (empty for None).
QString choose(DiaryFileAction action, QWidget *parent, Database &db, QString *errorString);

QString chooseExisting(QWidget *parent, const QString &currentPath, QString *errorString);
QString chooseNew(QWidget *parent, const QString &currentPath, QString *errorString);
// Writes a verified copy of the open diary at the chosen place (never over an existing
// file); the launcher removes the old file only after the copy opened.
QString moveTo(QWidget *parent, Database &db, QString *errorString);
// Writes a verified copy of the open diary at a place the user chooses (Documents first):
// the demo's "Keep a copy". The diary shown stays the same.
QString keepCopy(QWidget *parent, Database &db, QString *errorString);

} // namespace DiaryFileActions
} // namespace nd
