#pragma once

#include "model/DiaryProfile.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace nd {

// The numbers urgent advice names: the emergency number (prefilled from the system's
// country where known, editable) and, after CAR-T, the treatment centre's 24-hour
// line. Shown in first run and Settings, each with a line saying why it is asked.
class EmergencyContactsFields : public QWidget
{
    Q_OBJECT

public:
    explicit EmergencyContactsFields(QWidget *parent = nullptr);

    // Fills the fields from the profile; an empty emergency number gets the country's default.
    void setProfile(const DiaryProfile &profile);
    void applyTo(DiaryProfile &profile) const;

    QLineEdit *emergencyEdit() const { return m_emergency; }
    QLineEdit *centreEdit() const { return m_centre; }

private:
    QLineEdit *m_emergency = nullptr;
    QLineEdit *m_centre = nullptr;
};

} // namespace nd
