#include "FlagCard.h"

#include "AlertGroups.h"
#include "insights/FlagLevelStyle.h"
#include "widgets/Theme.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace nd {

namespace {
// In the window's own date format ("Friday, 13 November 2026"), like the card's other dates.
QString discussedText(const AcknowledgedFlag &flag)
{
    const QString day = QLocale().toString(flag.acknowledgement->discussedOn, QLocale::LongFormat);
    const QString note = flag.acknowledgement->note.trimmed();
    return note.isEmpty() ? FlagCard::tr("Discussed with care team on %1").arg(day)
                          : FlagCard::tr("Discussed with care team on %1: %2").arg(day, note);
}
} // namespace

using namespace Qt::StringLiterals;

namespace {

void makeBold(QLabel *label)
{
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
}

QLabel *wrappingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FlagCard::FlagCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"flagCard"_s);
    setFrameShape(QFrame::StyledPanel);
    Theme::fillBackground(this, Theme::cardColor(palette()));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    m_empty = new QLabel(tr("Choose a flag in the list to read what it means and what you can do."));
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    outer->addWidget(m_content);
    outer->addStretch(1);

    addHeader(layout);
    addExplanations(layout);
    addActions(layout);
    layout->addWidget(buildDiscussForm());

    auto *disclaimer = wrappingLabel(u"notADiagnosis"_s);
    disclaimer->setText(SelfCareGuide::notADiagnosis());
    disclaimer->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(disclaimer);

    showGroup(std::nullopt, {}, QDate::currentDate());
}

void FlagCard::addHeader(QVBoxLayout *layout)
{
    auto *header = new QHBoxLayout;
    m_icon = new QLabel;
    m_icon->setFixedSize(44, 44);
    m_level = new QLabel;
    m_level->setObjectName(u"flagLevel"_s);
    Theme::setRelativeFont(m_level, 1.3, true);
    header->addWidget(m_icon);
    header->addWidget(m_level, 1);
    layout->addLayout(header);

    m_title = wrappingLabel(u"flagTitle"_s);
    Theme::setRelativeFont(m_title, 1.15, true);
    layout->addWidget(m_title);
    m_date = wrappingLabel(u"flagDate"_s);
    layout->addWidget(m_date);
}

void FlagCard::addExplanations(QVBoxLayout *layout)
{
    // For an urgent line the call to make comes before the explanations.
    m_emergency = wrappingLabel(u"flagEmergency"_s);
    Theme::fillBackground(m_emergency, Theme::urgentColor(m_emergency->palette()));
    m_emergency->setMargin(10);
    makeBold(m_emergency);
    layout->addWidget(m_emergency);

    const auto addSection = [&](const QString &heading, QLabel *body) {
        auto *label = new QLabel(heading);
        makeBold(label);
        label->setContentsMargins(0, 8, 0, 0);
        m_headings.append(label);
        layout->addWidget(label);
        layout->addWidget(body);
    };
    m_evidence = wrappingLabel(u"flagEvidence"_s);
    addSection(tr("What your diary shows"), m_evidence);
    m_rule = wrappingLabel(u"flagRule"_s);
    addSection(tr("What this check looks for"), m_rule);
    m_advice = wrappingLabel(u"flagAdvice"_s);
    addSection(tr("What you can do"), m_advice);

    m_phone = wrappingLabel(u"careTeamPhone"_s);
    makeBold(m_phone);
    m_phone->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_phone);
}

void FlagCard::addActions(QVBoxLayout *layout)
{
    const int target = Theme::targetSize(this);
    m_guide = new QPushButton;
    m_guide->setObjectName(u"openGuide"_s);
    m_guide->setMinimumHeight(target);
    connect(m_guide, &QPushButton::clicked, this, [this] {
        if (m_group)
            emit guideRequested(AlertGroups::guideTopic(m_group->rule()));
    });
    layout->addWidget(m_guide, 0, Qt::AlignLeft);

    m_status = wrappingLabel(u"discussedStatus"_s);
    m_status->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_discuss = new QPushButton(tr("Mark as discussed with care team…"));
    m_discuss->setObjectName(u"markDiscussed"_s);
    m_undo = new QPushButton(tr("Undo “discussed”"));
    m_undo->setObjectName(u"undoDiscussed"_s);
    for (QPushButton *button : {m_discuss, m_undo}) {
        button->setMinimumHeight(target);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_discuss, &QPushButton::clicked, this, &FlagCard::openDiscussForm);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (!m_group)
            return;
        QList<Flag> marked;
        for (const AcknowledgedFlag &member : m_group->flags)
            if (member.isDiscussed())
                marked.append(member.flag);
        emit discussedUndone(marked);
    });
}

QWidget *FlagCard::buildDiscussForm()
{
    // Inline rather than a dialog, so nothing blocks the window.
    const int target = Theme::targetSize(this);
    m_form = new QWidget;
    m_form->setObjectName(u"discussForm"_s);
    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 4, 0, 0);
    auto *dateRow = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("Discussed on"));
    m_discussedOn = new QDateEdit;
    m_discussedOn->setObjectName(u"discussedOn"_s);
    m_discussedOn->setCalendarPopup(true);
    m_discussedOn->setMinimumHeight(target);
    m_discussedOn->setAccessibleName(tr("Discussed on"));
    dateLabel->setBuddy(m_discussedOn);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_discussedOn);
    dateRow->addStretch(1);
    form->addLayout(dateRow);
    auto *noteLabel = new QLabel(tr("Note (optional), e.g. what the care team said"));
    m_note = new QLineEdit;
    m_note->setObjectName(u"discussedNote"_s);
    m_note->setMinimumHeight(target);
    m_note->setAccessibleName(tr("Note"));
    noteLabel->setBuddy(m_note);
    form->addWidget(noteLabel);
    form->addWidget(m_note);
    auto *formButtons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save"));
    save->setObjectName(u"saveDiscussed"_s);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(u"cancelDiscussed"_s);
    for (QPushButton *button : {save, cancel}) {
        button->setMinimumSize(target * 2, target);
        formButtons->addWidget(button);
    }
    formButtons->addStretch(1);
    form->addLayout(formButtons);
    connect(save, &QPushButton::clicked, this, &FlagCard::saveDiscussed);
    connect(m_note, &QLineEdit::returnPressed, this, &FlagCard::saveDiscussed);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_form->hide();
        m_discuss->setFocus();
    });
    m_form->hide();
    return m_form;
}

std::optional<AcknowledgedFlag> FlagCard::flag() const
{
    return m_group ? std::optional<AcknowledgedFlag>(m_group->flags.first()) : std::nullopt;
}

void FlagCard::showGroup(const std::optional<FlagGroup> &group, const UrgentAdvice::Contacts &contacts,
                         QDate today)
{
    const bool sameLine = group && m_group && group->key() == m_group->key();
    m_group = group;
    m_today = today;
    m_empty->setVisible(!group);
    m_content->setVisible(group.has_value());
    if (!group)
        return;
    const Flag &f = group->first();
    const QLocale locale;
    m_icon->setPixmap(FlagLevelStyle::icon(group->level(), 40).pixmap(40, 40));
    m_level->setText(flagLevelTitle(group->level()));
    m_title->setText(group->title());
    m_date->setText(tr("Noticed in the entry of %1").arg(locale.toString(f.date, QLocale::LongFormat)));
    m_evidence->setText(group->evidence());
    m_rule->setText(ruleDescription(f.rule));
    m_advice->setText(f.advice.isEmpty() ? ruleAdvice(f.rule) : f.advice);
    m_emergency->setText(UrgentAdvice::text(contacts));
    m_emergency->setVisible(group->level() == FlagLevel::Urgent);
    m_phone->setText(UrgentAdvice::contactLine(contacts));
    m_guide->setText(
        tr("Self-care guide: %1").arg(SelfCareGuide::section(AlertGroups::guideTopic(f.rule)).title));
    QStringList status;
    for (const AcknowledgedFlag &member : group->flags) {
        if (!member.isDiscussed())
            continue;
        status.append(group->size() == 1
                          ? discussedText(member)
                          : tr("%1: %2").arg(ruleNamesASubject(member.flag.rule)
                                                 ? subjectTitle(member.flag.subject)
                                                 : QLocale().toString(member.flag.date, QLocale::ShortFormat),
                                             discussedText(member)));
    }
    const bool all = group->isDiscussed();
    if (!all)
        status.append(group->size() == 1 || status.isEmpty() ? tr("Not marked as discussed yet.")
                                                             : tr("The others are not marked yet."));
    m_status->setText(status.join(u'\n'));
    m_discuss->setText(group->size() == 1 ? tr("Mark as discussed with care team…")
                                          : tr("Mark all as discussed with care team…"));
    m_discuss->setVisible(!all);
    m_undo->setVisible(group->undiscussedCount() < group->size());
    if (!sameLine || all)
        m_form->hide();
    setAccessibleName(tr("%1. %2").arg(m_level->text(), m_title->text()));
}

void FlagCard::openDiscussForm()
{
    if (!m_group)
        return;
    m_discussedOn->setMaximumDate(m_today);
    m_discussedOn->setMinimumDate(m_group->date());
    m_discussedOn->setDate(m_today);
    m_note->clear();
    m_form->show();
    m_note->setFocus();
    // The form opens below the button, often under the panel's lower edge: bring it into view,
    // or the click seems to do nothing.
    QTimer::singleShot(0, this, [this] {
        for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
                scroll->ensureWidgetVisible(m_form, 0, 0);
                return;
            }
        }
    });
}

void FlagCard::saveDiscussed()
{
    if (!m_group || !m_form->isVisible())
        return;
    m_form->hide();
    QList<Flag> open;
    for (const AcknowledgedFlag &member : m_group->flags)
        if (!member.isDiscussed())
            open.append(member.flag);
    emit discussedMarked(open, m_discussedOn->date(), m_note->text().trimmed());
}

QString FlagCard::plainText() const
{
    if (!m_group)
        return m_empty->text();
    QStringList parts;
    if (!m_emergency->isHidden())
        parts.append(m_emergency->text());
    parts << m_level->text() << m_title->text() << m_date->text();
    for (QLabel *heading : m_headings)
        parts.append(heading->text());
    parts << m_evidence->text() << m_rule->text() << m_advice->text();
    parts << m_phone->text() << m_guide->text() << m_status->text();
    return parts.join(u'\n');
}

} // namespace nd
