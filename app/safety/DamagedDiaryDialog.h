#pragma once

#include "storage/BackupManager.h"

#include <QDialog>

#include <optional>

namespace nd {

// Shown at start when the diary file is damaged. Says so in plain words (the file was not
// changed) and offers, as large buttons: bring back the newest good backup, open the
// diary read-only to export what can still be read, or quit.
class DamagedDiaryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Quit, RestoreBackup, OpenReadOnly };

    DamagedDiaryDialog(const QString &diaryPath, const std::optional<BackupInfo> &newestGood,
                       QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Quit;
};

} // namespace nd
