#include "SettingsDialog.h"

#include "EmergencyContactsFields.h"
#include "FormParts.h"
#include "RiskContextFields.h"
#include "TreatmentChoice.h"
#include "config/AppSettings.h"
#include "i18n/Translator.h"
#include "widgets/BigButton.h"
#include "widgets/NumberStepper.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace nd {

namespace {
// Selects the section (hour or minutes) under the caret of a time box after a click or on focus,
// so the digits typed next replace it.
class SelectClickedSection : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::FocusIn) {
            auto *edit = qobject_cast<QDateTimeEdit *>(watched);
            if (!edit)
                edit = qobject_cast<QDateTimeEdit *>(watched->parent());
            if (edit)
                QTimer::singleShot(0, edit, [edit] { edit->setSelectedSection(edit->currentSection()); });
        }
        return false;
    }
};
} // namespace

using namespace Qt::StringLiterals;
using FormParts::heading;
using FormParts::hint;
using FormParts::rowLabel;

QStringList SettingsDialog::languageCodes()
{
    // Only languages the program can show: the built-in translations that have text.
    return QStringList{QString()} + Translator::availableLanguages();
}

SettingsDialog::SettingsDialog(const AppSettings &settings, const DiaryProfile &profile,
                               const QString &diaryPath, QWidget *parent)
    : QDialog(parent), m_original(profile)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    QFormLayout *form = FormParts::form();
    addLookRows(form, settings);
    addDiaryDayRows(form, settings);
    addPeopleRows(form, settings, profile);
    form->addRow(heading(tr("About your health (optional)")));
    m_risk = new RiskContextFields;
    m_risk->setObjectName(u"riskContext"_s);
    m_risk->setRisk(profile.risk);
    form->addRow(m_risk);
    addFileRows(form, diaryPath);

    auto *content = new QWidget;
    content->setLayout(form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    QScrollArea *scroll = FormParts::scrolling(content);
    layout->addWidget(scroll, 1);
    layout->addWidget(buildButtons());
    FormParts::fitToScreen(this, scroll, QSize(760, 720));
}

void SettingsDialog::addLookRows(QFormLayout *form, const AppSettings &settings)
{
    m_textScale = new NumberStepper;
    m_textScale->setObjectName(u"textScale"_s);
    m_textScale->setMaximum(AppSettings::kMaxTextScale);
    m_textScale->setMinimum(AppSettings::kMinTextScale);
    m_textScale->setStep(AppSettings::kTextScaleStep);
    m_textScale->setUnit(u"%"_s);
    m_textScale->setButtonNames(tr("Smaller text"), tr("Larger text"));
    m_textScale->setAccessibleName(tr("Text size"));
    m_textScale->setValue(settings.textScalePercent());

    m_language = new QComboBox;
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->setMinimumHeight(Theme::targetSize(this));
    const QStringList codes = languageCodes();
    for (const QString &code : codes) {
        // Each language in its own words ("Deutsch"), so it can be found by a reader of it.
        QString name = code.isEmpty() ? tr("The system's language") : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, int(codes.indexOf(settings.language()))));

    form->addRow(heading(tr("Look")));
    form->addRow(rowLabel(tr("Text size"), m_textScale), m_textScale);
    form->addRow(rowLabel(tr("Language"), m_language), m_language);
}

void SettingsDialog::addDiaryDayRows(QFormLayout *form, const AppSettings &settings)
{
    const int target = Theme::targetSize(this);
    m_dayStart = FormParts::dayStartStepper(settings.dayStartHour());
    m_reminder = new QCheckBox(tr("Remind me every day if I have not logged yet"));
    m_reminder->setObjectName(u"reminderEnabled"_s);
    m_reminder->setMinimumHeight(target);
    m_reminder->setChecked(settings.reminderEnabled());
    m_reminderTime = new QTimeEdit(settings.reminderTime());
    m_reminderTime->setObjectName(u"reminderTime"_s);
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    m_reminderTime->setDisplayFormat(u"HH:mm"_s);
    m_reminderTime->setMinimumSize(target * 3, target);
    // No tiny arrows: the time is typed, and typing replaces the hour or minutes clicked (a time
    // box otherwise inserts digits beside the caret and refuses them until a double click).
    m_reminderTime->setButtonSymbols(QAbstractSpinBox::NoButtons);
    auto *selectClicked = new SelectClickedSection(m_reminderTime);
    m_reminderTime->installEventFilter(selectClicked);
    if (auto *text = m_reminderTime->findChild<QLineEdit *>())
        text->installEventFilter(selectClicked);
    m_reminderTime->setEnabled(m_reminder->isChecked());
    connect(m_reminder, &QCheckBox::toggled, m_reminderTime, &QWidget::setEnabled);
    m_reminderHow = hint(QString());
    m_reminderHow->setObjectName(u"reminderHow"_s);
    m_reminderHow->hide();

    form->addRow(heading(tr("Your diary day")));
    form->addRow(rowLabel(tr("A new day starts at"), m_dayStart), m_dayStart);
    form->addRow(QString(), hint(tr("An entry made before this hour counts for the day before.")));
    form->addRow(rowLabel(tr("Daily reminder"), m_reminder), m_reminder);
    form->addRow(rowLabel(tr("Remind me at"), m_reminderTime), m_reminderTime);
    form->addRow(QString(), m_reminderHow);
}

void SettingsDialog::addPeopleRows(QFormLayout *form, const AppSettings &settings,
                                   const DiaryProfile &profile)
{
    const int target = Theme::targetSize(this);
    m_name = FormParts::lineEdit(u"patientName"_s, tr("Patient's name"), profile.patientName);
    m_treatment = new TreatmentChoice;
    m_treatment->setObjectName(u"treatment"_s);
    m_treatment->setAccessibleName(tr("Treatment"));
    m_treatment->setTreatmentCode(profile.treatment);
    m_phone = FormParts::phoneEdit(u"careTeamPhone"_s, tr("Care team phone"), profile.careTeamPhone);
    m_caregiver = FormParts::lineEdit(u"caregiverName"_s, tr("Caregiver's name"), settings.caregiverName());
    m_contacts = new EmergencyContactsFields;
    m_contacts->setProfile(profile);
    m_knowsStart = new QCheckBox(tr("I know the date my treatment started"));
    m_knowsStart->setObjectName(u"knowsTreatmentStart"_s);
    m_knowsStart->setMinimumHeight(target);
    m_knowsStart->setChecked(profile.treatmentStart.isValid());
    m_treatmentStart =
        new QDateEdit(profile.treatmentStart.isValid() ? profile.treatmentStart : QDate::currentDate());
    m_treatmentStart->setObjectName(u"treatmentStart"_s);
    m_treatmentStart->setAccessibleName(tr("Treatment start"));
    m_treatmentStart->setCalendarPopup(true);
    m_treatmentStart->setMinimumSize(target * 4, target);
    m_treatmentStart->setEnabled(m_knowsStart->isChecked());
    connect(m_knowsStart, &QCheckBox::toggled, m_treatmentStart, &QWidget::setEnabled);

    form->addRow(heading(tr("People")));
    form->addRow(rowLabel(tr("Patient's name"), m_name), m_name);
    form->addRow(rowLabel(tr("Treatment"), m_treatment), m_treatment);
    form->addRow(rowLabel(tr("Treatment start"), m_treatmentStart), m_knowsStart);
    form->addRow(QString(), m_treatmentStart);
    form->addRow(QString(), hint(tr("The report counts the days of treatment from it. Without it, the "
                                    "report uses the first infusion in your treatment events.")));
    form->addRow(rowLabel(tr("Care team phone"), m_phone), m_phone);
    form->addRow(m_contacts);
    form->addRow(rowLabel(tr("Caregiver's name"), m_caregiver), m_caregiver);
}

void SettingsDialog::addFileRows(QFormLayout *form, const QString &diaryPath)
{
    auto *file = new QLabel(QDir::toNativeSeparators(diaryPath));
    file->setObjectName(u"diaryPath"_s);
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fileButtons = new QHBoxLayout;
    struct Choice
    {
        FileAction action;
        QString text;
        QString objectName;
    };
    const Choice choices[] = {
        {FileAction::OpenOther, tr("Open another diary…"), u"openOtherDiary"_s},
        {FileAction::StartNew, tr("Start a new diary…"), u"startNewDiary"_s},
        {FileAction::Move, tr("Move this diary…"), u"moveDiary"_s},
    };
    for (const Choice &choice : choices) {
        auto *button = new BigButton(choice.text);
        button->setObjectName(choice.objectName);
        connect(button, &QPushButton::clicked, this,
                [this, action = choice.action] { chooseFileAction(action); });
        fileButtons->addWidget(button);
    }
    fileButtons->addStretch(1);

    form->addRow(heading(tr("Diary file")));
    form->addRow(rowLabel(tr("This diary"), file), file);
    form->addRow(QString(), fileButtons);
}

QDialogButtonBox *SettingsDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox;
    auto *save = new BigButton(tr("Save"), BigButton::Look::Primary);
    save->setObjectName(u"saveSettings"_s);
    save->setDefault(true);
    auto *cancel = new BigButton(tr("Cancel"));
    cancel->setObjectName(u"cancelSettings"_s);
    buttons->addButton(save, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void SettingsDialog::setReminderChannels(const ReminderChannels &channels)
{
    QString how;
    if (!channels.any())
        how = tr("This desktop shows neither notifications nor a system tray, so a reminder could not "
                 "reach you here. A daily alarm on a phone or clock can remind you instead.");
    else if (channels.notifications && channels.starter == ReminderInstaller::Kind::SystemdTimer)
        how = tr("The reminder comes as a desktop notification, also when NerveDiary is closed.");
    else if (channels.notifications)
        how = tr("The reminder comes as a desktop notification while NerveDiary is open, and when you "
                 "log in on a day that has no entry yet.");
    else
        how = tr("This desktop has no notification service: the reminder comes from the system tray, "
                 "only while NerveDiary is open.");
    m_reminderHow->setText(how);
    m_reminderHow->show();
    // Nothing could show a reminder: not offered (an existing choice is kept as it is).
    m_reminder->setEnabled(channels.any());
    m_reminderTime->setEnabled(channels.any() && m_reminder->isChecked());
}

void SettingsDialog::chooseFileAction(FileAction action)
{
    m_fileAction = action;
    accept();
}

void SettingsDialog::saveTo(AppSettings &settings) const
{
    settings.setTextScalePercent(m_textScale->value().value_or(AppSettings::kMinTextScale));
    settings.setLanguage(m_language->currentData().toString());
    settings.setReminderEnabled(m_reminder->isChecked());
    settings.setReminderTime(m_reminderTime->time());
    settings.setDayStartHour(m_dayStart->value().value_or(AppSettings::kDefaultDayStartHour));
    settings.setCaregiverName(m_caregiver->text());
}

DiaryProfile SettingsDialog::profile() const
{
    DiaryProfile profile = m_original;
    profile.patientName = m_name->text().trimmed();
    profile.treatment = m_treatment->treatmentCode();
    profile.careTeamPhone = m_phone->text().trimmed();
    profile.treatmentStart = m_knowsStart->isChecked() ? m_treatmentStart->date() : QDate();
    m_contacts->applyTo(profile);
    profile.risk = m_risk->risk();
    return profile;
}

} // namespace nd
