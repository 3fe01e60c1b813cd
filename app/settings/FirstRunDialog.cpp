#include "FirstRunDialog.h"

#include "EmergencyContactsFields.h"
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

namespace {
QLabel *fieldLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    label->setWordWrap(true);
    Theme::setRelativeFont(label, 1.0, true);
    return label;
}
} // namespace

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

    const int target = Theme::targetSize(this);
    m_name = new QLineEdit;
    m_name->setObjectName(u"patientName"_s);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("Shown on the report for your care team"));
    m_name->setMinimumHeight(target);
    m_treatment = new TreatmentChoice;
    m_treatment->setObjectName(u"treatment"_s);
    m_treatment->setAccessibleName(tr("Your treatment"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"careTeamPhone"_s);
    m_phone->setAccessibleName(tr("Your care team's phone number"));
    m_phone->setPlaceholderText(tr("Shown with every advice to contact them"));
    m_phone->setMinimumHeight(target);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_dayStart = new NumberStepper;
    m_dayStart->setObjectName(u"dayStartHour"_s);
    m_dayStart->setMaximum(12);
    m_dayStart->setUnit(tr("o'clock"));
    m_dayStart->setButtonNames(tr("Earlier"), tr("Later"));
    m_dayStart->setAccessibleName(tr("Hour a diary day starts"));
    m_dayStart->setValue(AppSettings::kDefaultDayStartHour);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(14);
    form->setHorizontalSpacing(16);
    form->addRow(fieldLabel(tr("Your name"), m_name), m_name);
    form->addRow(fieldLabel(tr("Your treatment"), m_treatment), m_treatment);
    form->addRow(fieldLabel(tr("Care team phone"), m_phone), m_phone);
    m_contacts = new EmergencyContactsFields;
    form->addRow(m_contacts);
    auto *dayStartHint =
        new QLabel(tr("An entry made before this hour (say, late at night) counts for the day "
                      "before."));
    dayStartHint->setWordWrap(true);
    auto *dayStartBox = new QVBoxLayout;
    dayStartBox->addWidget(m_dayStart);
    dayStartBox->addWidget(dayStartHint);
    form->addRow(fieldLabel(tr("A new day starts at"), m_dayStart), dayStartBox);
    auto *riskTitle = new QLabel(tr("About your health (optional)"));
    Theme::setRelativeFont(riskTitle, 1.25, true);
    form->addRow(riskTitle);
    m_risk = new RiskContextFields;
    m_risk->setObjectName(u"riskContext"_s);
    form->addRow(m_risk);

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(intro);
    // The questions scroll; the buttons stay in view at any text size.
    auto *questions = new QWidget;
    auto *questionsLayout = new QVBoxLayout(questions);
    questionsLayout->setContentsMargins(0, 0, 0, 0);
    questionsLayout->addLayout(form);
    questionsLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(questions);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    m_name->setFocus();
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
