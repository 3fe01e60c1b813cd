#pragma once

#include "model/DiaryProfile.h"

#include <QDialog>

class QFormLayout;
class QHBoxLayout;
class QLineEdit;

namespace nd {

class EmergencyContactsFields;
class NumberStepper;
class RiskContextFields;
class TreatmentChoice;

// Shown once, when the window would create the default diary: asks for a name, the
// kind of treatment, the care team's phone number, the emergency number (prefilled
// from the country), after CAR-T the centre's 24-hour line, the hour a diary day
// starts and, optionally, the risk context; or opens the demo diary instead.
// Everything can be changed later in Settings.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { StartDiary, OpenDemo, Quit };

    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    DiaryProfile profile() const;
    int dayStartHour() const;

    // Tests (and the launcher) choose without showing the dialog.
    void choose(Choice choice);

private:
    QFormLayout *buildQuestions();
    QHBoxLayout *buildChoices(); // start the diary, look at the demo, quit

    Choice m_choice = Choice::Quit;
    QLineEdit *m_name = nullptr;
    TreatmentChoice *m_treatment = nullptr;
    QLineEdit *m_phone = nullptr;
    NumberStepper *m_dayStart = nullptr;
    EmergencyContactsFields *m_contacts = nullptr;
    RiskContextFields *m_risk = nullptr;
};

} // namespace nd
