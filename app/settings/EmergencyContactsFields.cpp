#include "EmergencyContactsFields.h"

#include "FormParts.h"
#include "guide/EmergencyNumber.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace nd {

using namespace Qt::StringLiterals;

using FormParts::rowLabel;
using FormParts::withReason;

EmergencyContactsFields::EmergencyContactsFields(QWidget *parent) : QWidget(parent)
{
    m_emergency =
        FormParts::phoneEdit(u"emergencyNumber"_s, tr("Emergency number"), EmergencyNumber::systemDefault());
    m_centre = FormParts::phoneEdit(u"treatmentCentrePhone"_s, tr("Treatment centre's 24-hour line (CAR-T)"));

    QFormLayout *form = FormParts::form(this);
    form->addRow(
        rowLabel(tr("Emergency number"), m_emergency),
        withReason(m_emergency, tr("Called first when a warning sign appears, before your care team. "
                                   "Filled in from your country where known; check it.")));
    form->addRow(rowLabel(tr("Treatment centre, 24 hours"), m_centre),
                 withReason(m_centre, tr("Only after CAR-T: the centre's line that answers day and night. "
                                         "Named in every urgent advice.")));
}

void EmergencyContactsFields::setProfile(const DiaryProfile &profile)
{
    m_emergency->setText(EmergencyNumber::effective(profile));
    m_centre->setText(profile.treatmentCentrePhone);
}

void EmergencyContactsFields::applyTo(DiaryProfile &profile) const
{
    profile.emergencyNumber = m_emergency->text().trimmed();
    profile.treatmentCentrePhone = m_centre->text().trimmed();
}

} // namespace nd
