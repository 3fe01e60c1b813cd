#include "EmergencyContactsFields.h"

#include "guide/EmergencyNumber.h"
#include "widgets/Theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QLineEdit *phoneEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumHeight(Theme::targetSize(edit));
    edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    return edit;
}

QWidget *withReason(QWidget *field, const QString &reason)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    auto *hint = new QLabel(reason);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    return box;
}

QLabel *rowLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    label->setWordWrap(true);
    return label;
}

} // namespace

EmergencyContactsFields::EmergencyContactsFields(QWidget *parent) : QWidget(parent)
{
    m_emergency = phoneEdit(u"emergencyNumber"_s, tr("Emergency number"));
    m_emergency->setText(EmergencyNumber::systemDefault());
    m_centre = phoneEdit(u"treatmentCentrePhone"_s, tr("Treatment centre's 24-hour line (CAR-T)"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(12);
    form->setHorizontalSpacing(16);
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
