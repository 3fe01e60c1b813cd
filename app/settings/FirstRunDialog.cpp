#include "FirstRunDialog.h"

#include "EmergencyContactsFields.h"
#include "FormParts.h"
#include "RiskContextFields.h"
#include "TreatmentChoice.h"
#include "config/AppSettings.h"
#include "widgets/BigButton.h"
#include "widgets/NumberStepper.h"
#include "widgets/Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

FirstRunDialog::FirstRunDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to NerveDiary"));
    setObjectName(u"firstRunDialog"_s);

    auto *title = new QLabel(tr("Welcome"));
    Theme::setRelativeFont(title, 1.8, true);
    auto *intro = new QLabel(tr("NerveDiary keeps a private diary of how your hands and feet feel during "
                                "treatment. It stays on this computer. A few short questions to start; you "
                                "can change every answer later in Settings."));
    intro->setWordWrap(true);
    // The questions scroll; the buttons stay in view at any text size.
    auto *questions = new QWidget;
    auto *questionsLayout = new QVBoxLayout(questions);
    questionsLayout->setContentsMargins(0, 0, 0, 0);
    questionsLayout->addLayout(buildQuestions());
    questionsLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(FormParts::scrolling(questions), 1);
    layout->addLayout(buildChoices());
    m_name->setFocus();
}

QFormLayout *FirstRunDialog::buildQuestions()
{
    m_name = FormParts::lineEdit(u"patientName"_s, tr("Your name"), QString(),
                                 tr("Shown on the report for your care team"));
    m_treatment = new TreatmentChoice;
    m_treatment->setObjectName(u"treatment"_s);
    m_treatment->setAccessibleName(tr("Your treatment"));
    m_phone = FormParts::phoneEdit(u"careTeamPhone"_s, tr("Your care team's phone number"), QString(),
                                   tr("Shown with every advice to contact them"));
    m_contacts = new EmergencyContactsFields;
    m_dayStart = FormParts::dayStartStepper(AppSettings::kDefaultDayStartHour);
    m_risk = new RiskContextFields;
    m_risk->setObjectName(u"riskContext"_s);

    QFormLayout *form = FormParts::form(nullptr, 14);
    form->addRow(FormParts::rowLabel(tr("Your name"), m_name, true), m_name);
    form->addRow(FormParts::rowLabel(tr("Your treatment"), m_treatment, true), m_treatment);
    form->addRow(FormParts::rowLabel(tr("Care team phone"), m_phone, true), m_phone);
    form->addRow(m_contacts);
    form->addRow(FormParts::rowLabel(tr("A new day starts at"), m_dayStart, true),
                 FormParts::withReason(m_dayStart, tr("An entry made before this hour (say, late at night) "
                                                      "counts for the day before.")));
    form->addRow(FormParts::heading(tr("About your health (optional)")));
    form->addRow(m_risk);
    return form;
}

QHBoxLayout *FirstRunDialog::buildChoices()
{
    auto *start = new BigButton(tr("Start my diary"), BigButton::Look::Primary);
    start->setObjectName(u"startDiary"_s);
    start->setDefault(true);
    auto *demo = new BigButton(tr("Look at a demo diary first"));
    demo->setObjectName(u"openDemo"_s);
    auto *quit = new BigButton(tr("Quit"));
    quit->setObjectName(u"quitFirstRun"_s);
    connect(start, &QPushButton::clicked, this, [this] { choose(Choice::StartDiary); });
    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::OpenDemo); });
    connect(quit, &QPushButton::clicked, this, [this] { choose(Choice::Quit); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(quit);
    buttons->addStretch(1);
    buttons->addWidget(demo);
    buttons->addWidget(start);
    return buttons;
}

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

DiaryProfile FirstRunDialog::profile() const
{
    DiaryProfile profile;
    profile.patientName = m_name->text().trimmed();
    profile.treatment = m_treatment->treatmentCode();
    profile.careTeamPhone = m_phone->text().trimmed();
    m_contacts->applyTo(profile);
    profile.risk = m_risk->risk();
    return profile;
}

int FirstRunDialog::dayStartHour() const
{
    return m_dayStart->value().value_or(AppSettings::kDefaultDayStartHour);
}

} // namespace nd
