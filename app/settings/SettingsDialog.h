#pragma once

#include "model/DiaryProfile.h"
#include "settings/DiaryFileActions.h"
#include "settings/ReminderChannels.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace nd {

class AppSettings;
class EmergencyContactsFields;
class RiskContextFields;
class NumberStepper;
class TreatmentChoice;

// Settings: text size, language, daily reminder, day-start hour, the people (name,
// treatment and its start, care team phone, emergency number, CAR-T centre's line,
// caregiver's name), the optional risk context and the diary file (open another,
// start a new one, move this one). Nothing changes until Save.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    using FileAction = DiaryFileAction;

    SettingsDialog(const AppSettings &settings, const DiaryProfile &profile, const QString &diaryPath,
                   QWidget *parent = nullptr);

    // Writes the choices into `settings`; the profile is for the diary file.
    void saveTo(AppSettings &settings) const;
    DiaryProfile profile() const;
    // Set when the dialog was closed by one of the diary-file buttons (after saving).
    FileAction fileAction() const { return m_fileAction; }

    static QStringList languageCodes(); // "" (system), "en", ...

    // How a reminder can reach the person here (ReminderChannels::probe()): said under
    // the reminder, which cannot be switched on where nothing could show it.
    void setReminderChannels(const ReminderChannels &channels);

private:
    // The rows of each section, in the order the form shows them.
    void addLookRows(QFormLayout *form, const AppSettings &settings);
    void addDiaryDayRows(QFormLayout *form, const AppSettings &settings);
    void addPeopleRows(QFormLayout *form, const AppSettings &settings, const DiaryProfile &profile);
    void addFileRows(QFormLayout *form, const QString &diaryPath);
    QDialogButtonBox *buildButtons();
    void chooseFileAction(FileAction action);

    NumberStepper *m_textScale = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_reminder = nullptr;
    QTimeEdit *m_reminderTime = nullptr;
    QLabel *m_reminderHow = nullptr;
    NumberStepper *m_dayStart = nullptr;
    QLineEdit *m_name = nullptr;
    TreatmentChoice *m_treatment = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_caregiver = nullptr;
    QCheckBox *m_knowsStart = nullptr;
    QDateEdit *m_treatmentStart = nullptr;
    EmergencyContactsFields *m_contacts = nullptr;
    RiskContextFields *m_risk = nullptr;
    DiaryProfile m_original; // keeps what this dialog does not show
    FileAction m_fileAction = FileAction::None;
};

} // namespace nd
