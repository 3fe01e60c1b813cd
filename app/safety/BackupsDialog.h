#pragma once

#include <QDialog>
#include <QList>

#include <functional>

#include "storage/BackupManager.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace nd {

class Clock;
class Database;

// Lists the diary's backups (when, why, how many entries) with two actions: make a
// backup now, and restore the chosen one after a confirmation. Restoring keeps the
// diary as it is now as a backup first, so it can be undone from the same list.
// All controls are at least 44 px high, reachable with Tab, and have accessible names.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Asks the user a yes/no question; replaceable so tests never block on a modal box.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    const QList<BackupInfo> &backups() const { return m_backups; }
    void selectBackup(int row);
    QString statusText() const;

public slots:
    void refresh();
    void backUpNow();
    void restoreSelected();

signals:
    // The diary now holds a backup's content: everything shown from it must be re-read.
    void diaryRestored();

private:
    void updateButtons();
    void showStatus(const QString &text);

    Database &m_db;
    BackupManager m_manager;
    Confirm m_confirm;
    QList<BackupInfo> m_backups;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_backUpButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace nd
