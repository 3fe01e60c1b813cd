#include "EntryForm.h"

#include "FieldLabel.h"
#include "FieldTexts.h"
#include "entry/BodyMap.h"
#include "entry/LevelPicker.h"
#include "entry/SkinChoice.h"
#include "widgets/BigButton.h"
#include "widgets/CollapsibleSection.h"
#include "widgets/NumberStepper.h"
#include "widgets/RatingBar.h"
#include "widgets/Theme.h"
#include "widgets/WrappingLabel.h"
#include "widgets/YesNoToggle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <vector>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QLabel *subHeading(const QString &text)
{
    auto *label = new QLabel(text);
    Theme::setRelativeFont(label, 1.1, true);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

// How long a shown form waits at most for its first paint before showing all sections.
constexpr int kLowerSectionsLatestMs = 500;

QLabel *explanation(const QString &text)
{
    return new WrappingLabel(text);
}

} // namespace

EntryForm::EntryForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    buildFeelings();
    buildTasks();
    buildFalls();
    buildSkinAndSafety();
    buildHabits();
    buildWarningSigns();
    buildNote();
    applyAuthorWording();
    layout->addStretch(1);
    updateSummaries();
    for (std::size_t i = 1; i < m_sections.size(); ++i)
        m_sections[i]->setVisible(false); // until the first frame is on screen (showLowerSections)
}

bool EntryForm::event(QEvent *event)
{
    if (!m_lowerSectionsShown && !m_lowerSectionsQueued &&
        (event->type() == QEvent::Paint || event->type() == QEvent::Show)) {
        // After the paint pass that shows the first section; a form shown but somehow
        // never painted still gets its sections a moment later.
        m_lowerSectionsQueued = event->type() == QEvent::Paint;
        QTimer::singleShot(event->type() == QEvent::Paint ? 0 : kLowerSectionsLatestMs, this,
                           &EntryForm::showLowerSections);
    }
    return QWidget::event(event);
}

bool EntryForm::focusNextPrevChild(bool next)
{
    showLowerSections();
    return QWidget::focusNextPrevChild(next);
}

void EntryForm::showLowerSections()
{
    if (m_lowerSectionsShown)
        return;
    m_lowerSectionsShown = true;
    for (std::size_t i = 1; i < m_sections.size(); ++i)
        m_sections[i]->setVisible(true);
}

CollapsibleSection *EntryForm::addSection(Section section, const QString &title, const QString &objectName)
{
    auto *card = new CollapsibleSection(title);
    card->setObjectName(objectName);
    m_sections[std::size_t(section)] = card;
    static_cast<QVBoxLayout *>(layout())->addWidget(card);
    return card;
}

QGridLayout *EntryForm::addGrid(CollapsibleSection *section)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(2, 1);
    section->contentLayout()->addLayout(grid);
    return grid;
}

QWidget *EntryForm::createControl(Field field)
{
    const FieldSpec &spec = fieldSpec(field);
    switch (spec.kind) {
    case FieldKind::Score:
        return new RatingBar;
    case FieldKind::TaskLevel:
        return new LevelPicker;
    case FieldKind::Skin:
        return new SkinChoice;
    case FieldKind::YesNo:
        return new YesNoToggle;
    case FieldKind::Count: {
        auto *stepper = new NumberStepper;
        stepper->setMaximum(spec.maximum);
        if (field == Field::ExerciseMinutes) {
            stepper->setStep(5);
            stepper->setUnit(tr("min", "minutes"));
        }
        stepper->setButtonNames(tr("Less: %1").arg(FieldTexts::label(field)),
                                tr("More: %1").arg(FieldTexts::label(field)));
        return stepper;
    }
    }
    return nullptr;
}

void EntryForm::addFieldRow(QGridLayout *grid, Field field)
{
    QWidget *control = createControl(field);
    control->setObjectName(QString(fieldSpec(field).name));
    control->setAccessibleName(FieldTexts::spoken(field));
    const QString hint = FieldTexts::hint(field);
    if (!hint.isEmpty())
        control->setAccessibleDescription(hint);
    m_controls[std::size_t(field)] = control;

    auto *label = new FieldLabel(FieldTexts::label(field), hint);
    m_labels[std::size_t(field)] = label;

    const int row = grid->rowCount();
    grid->addWidget(label, row, 0, Qt::AlignVCenter);
    grid->addWidget(control, row, 1, Qt::AlignLeft | Qt::AlignVCenter);

    if (auto *segmented = qobject_cast<SegmentedControl *>(control)) {
        connect(segmented, &SegmentedControl::edited, this, &EntryForm::userEdited);
        connect(segmented, &SegmentedControl::valueChanged, this, &EntryForm::updateSummaries);
    } else if (auto *stepper = qobject_cast<NumberStepper *>(control)) {
        connect(stepper, &NumberStepper::edited, this, &EntryForm::userEdited);
        connect(stepper, &NumberStepper::valueChanged, this, &EntryForm::updateSummaries);
    }
}

void EntryForm::buildFeelings()
{
    // The title and the texts that speak to the patient or the caregiver: applyAuthorWording().
    CollapsibleSection *card = addSection(Section::Feelings, QString(), u"feelingsSection"_s);
    m_ratingExplanation = explanation(QString());
    card->contentLayout()->addWidget(m_ratingExplanation);
    for (Limb limb : {Limb::Hands, Limb::Feet}) {
        card->contentLayout()->addWidget(subHeading(limb == Limb::Hands ? tr("Hands") : tr("Feet")));
        QGridLayout *grid = addGrid(card);
        for (int s = 0; s < kSymptomCount; ++s)
            addFieldRow(grid, symptomField(Symptom(s), limb));
    }

    m_whereHeading = subHeading(QString());
    card->contentLayout()->addWidget(m_whereHeading);
    card->contentLayout()->addWidget(
        explanation(tr("Click the places, or use the arrow keys and press Space to mark or unmark.")));
    // "Marked: …" above the drawing, where it is seen while marking (below, it fell off the screen).
    m_bodyMapSummary = new WrappingLabel;
    m_bodyMapSummary->setObjectName(u"regionsSummary"_s);
    Theme::setRelativeFont(m_bodyMapSummary, 1.0, true);
    card->contentLayout()->addWidget(m_bodyMapSummary);
    m_bodyMap = new BodyMap;
    m_bodyMap->setObjectName(u"regions"_s);
    card->contentLayout()->addWidget(m_bodyMap);
    connect(m_bodyMap, &BodyMap::edited, this, &EntryForm::userEdited);
    connect(m_bodyMap, &BodyMap::regionsChanged, this, &EntryForm::updateSummaries);
}

void EntryForm::addFieldsSection(Section section, const QString &title, const QString &objectName,
                                 const QString &intro, const QList<Field> &fields)
{
    CollapsibleSection *card = addSection(section, title, objectName);
    if (!intro.isEmpty())
        card->contentLayout()->addWidget(explanation(intro));
    QGridLayout *grid = addGrid(card);
    for (Field field : fields)
        addFieldRow(grid, field);
}

void EntryForm::buildTasks()
{
    addFieldsSection(Section::Tasks, tr("Daily tasks"), u"tasksSection"_s,
                     tr("How hard was each of these today?"),
                     QList<Field>(kTaskFields.begin(), kTaskFields.end()));
}

void EntryForm::buildFalls()
{
    addFieldsSection(Section::Falls, tr("Falls and near falls"), u"fallsSection"_s, {},
                     {Field::Falls, Field::NearFalls});
}

void EntryForm::buildSkinAndSafety()
{
    QList<Field> fields{Field::Skin};
    fields.append(QList<Field>(kSafetyFields.begin(), kSafetyFields.end()));
    addFieldsSection(Section::SkinAndSafety, tr("Skin and home safety"), u"safetySection"_s,
                     tr("Numb skin gives no warning. A quick look and a few habits prevent burns and falls."),
                     fields);
}

void EntryForm::buildHabits()
{
    addFieldsSection(Section::Habits, tr("Habits"), u"habitsSection"_s, {},
                     {Field::ExerciseMinutes, Field::AlcoholDrinks, Field::Smoked});
}

void EntryForm::buildWarningSigns()
{
    CollapsibleSection *card = addSection(Section::WarningSigns, tr("Warning signs"), u"warningSection"_s);
    m_warningNotice = explanation(QString()); // applyAuthorWording()
    m_warningNotice->setObjectName(u"warningSignsNotice"_s);
    m_warningNotice->setTextFormat(Qt::RichText);
    card->contentLayout()->addWidget(m_warningNotice);

    m_noWarningSigns = new BigButton(tr("None of these today"));
    m_noWarningSigns->setObjectName(u"noWarningSigns"_s);
    m_noWarningSigns->setAccessibleName(tr("None of these warning signs today"));
    m_noWarningSigns->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    card->contentLayout()->addWidget(m_noWarningSigns, 0, Qt::AlignLeft);
    connect(m_noWarningSigns, &QPushButton::clicked, this, [this] {
        bool changed = false;
        for (Field field : kWarningSignFields) {
            if (valueOf(field) != 0) {
                setValueOf(field, 0);
                changed = true;
            }
        }
        if (changed)
            userEdited();
        // The signs are answered: the keyboard goes on to the note instead of through every sign.
        m_note->setFocus(Qt::TabFocusReason);
    });

    // Fifteen signs in four groups, so a tired reader finds the one they mean (ESCALATION.md's
    // list, grouped by where it is felt). "None of these today" above answers all of them.
    const struct
    {
        QString title;
        std::vector<Field> signs;
    } groups[] = {
        {tr("Thinking and speech"),
         {Field::Confusion, Field::WordFinding, Field::SlurredSpeech, Field::HardToWake, Field::Seizure,
          Field::HeadacheStiffNeck}},
        {tr("Eyes and face"), {Field::DroopingEyelid, Field::DoubleVision, Field::FacialWeakness}},
        {tr("Swallowing, breathing and chest"), {Field::Swallowing, Field::Breathing, Field::ChestPain}},
        {tr("Body and bladder"), {Field::Tremor, Field::RisingWeakness, Field::BladderBowel}},
    };
    for (const auto &group : groups) {
        QLabel *heading = subHeading(group.title);
        heading->setObjectName(u"warningGroupHeading"_s);
        card->contentLayout()->addWidget(heading);
        QGridLayout *grid = addGrid(card);
        for (Field field : group.signs)
            addFieldRow(grid, field);
    }
}

void EntryForm::setAuthor(Author author)
{
    if (author == m_author)
        return;
    m_author = author;
    applyAuthorWording();
}

// The words that address the person filling in the form: the patient about themselves, or a
// caregiver about the patient.
void EntryForm::applyAuthorWording()
{
    const bool caregiver = m_author == Author::Caregiver;
    section(Section::Feelings)
        ->setTitle(caregiver ? tr("How their hands and feet seem") : tr("How your hands and feet feel"));
    m_ratingExplanation->setText(
        caregiver ? tr("Rate what you see and what they tell you: 0 means not at all, 10 the worst "
                       "imaginable. Leave a line on \"Not rated\" if you are not sure.")
                  : tr("0 means not at all, 10 the worst you can imagine. Leave a line on \"Not rated\" "
                       "if you are not sure."));
    m_whereHeading->setText(caregiver ? tr("Where do they feel it?") : tr("Where do you feel it?"));
    m_bodyMap->setAccessibleName(caregiver ? tr("Where they feel it: hands and feet")
                                           : tr("Where you feel it: hands and feet"));
    m_warningNotice->setText(
        // One sentence: the full advice is the banner's, once a sign is marked.
        caregiver
            ? tr("<b>These need help at once.</b> If one of them happens, call your emergency number now, "
                 "then tell their care team. Do not wait to write it down.")
            : tr("<b>These need help at once.</b> If one of them happens, call your emergency number now, "
                 "then tell your care team. Do not wait to write it down."));
    m_note->setPlaceholderText(
        caregiver ? tr("Anything else: what you noticed, what helped, questions for their care team.")
                  : tr("Anything else: what helped, what made it worse, questions for your care team."));
    for (int i = 0; i < kFieldCount; ++i) {
        if (FieldLabel *label = m_labels[std::size_t(i)]) {
            const QString hint = FieldTexts::hint(Field(i), m_author);
            label->setHint(hint);
            m_controls[std::size_t(i)]->setAccessibleDescription(hint);
        }
    }
}

void EntryForm::buildNote()
{
    CollapsibleSection *card = addSection(Section::Note, tr("Note"), u"noteSection"_s);
    m_note = new QPlainTextEdit;
    m_note->setObjectName(u"note"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    // A caret alone is easy to miss: a thick frame in the highlight colour while typing here.
    m_note->setStyleSheet(
        u"QPlainTextEdit:focus { border: 3px solid palette(highlight); border-radius: 4px; }"_s);
    Theme::setRelativeFont(m_note, 1.0, false); // a style sheet would keep its first size
    m_note->setMinimumHeight(Theme::targetSize(this) * 2);
    m_note->setMaximumHeight(Theme::targetSize(this) * 4);
    card->contentLayout()->addWidget(m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            userEdited();
        updateSummaries();
    });
}

QWidget *EntryForm::firstControl() const
{
    return control(Field::NumbnessHands);
}

QWidget *EntryForm::openWarningSigns()
{
    showLowerSections();
    section(Section::WarningSigns)->setExpanded(true);
    return control(kWarningSignFields.front());
}

std::optional<int> EntryForm::valueOf(Field field) const
{
    QWidget *widget = control(field);
    switch (fieldSpec(field).kind) {
    case FieldKind::Score:
    case FieldKind::TaskLevel:
    case FieldKind::Skin:
        return static_cast<SegmentedControl *>(widget)->optionalValue();
    case FieldKind::YesNo:
        return static_cast<YesNoToggle *>(widget)->fieldValue();
    case FieldKind::Count:
        return static_cast<NumberStepper *>(widget)->value();
    }
    return std::nullopt;
}

void EntryForm::setValueOf(Field field, std::optional<int> value)
{
    QWidget *widget = control(field);
    switch (fieldSpec(field).kind) {
    case FieldKind::Score:
    case FieldKind::TaskLevel:
    case FieldKind::Skin:
        static_cast<SegmentedControl *>(widget)->setOptionalValue(value);
        break;
    case FieldKind::YesNo:
        static_cast<YesNoToggle *>(widget)->setFieldValue(value);
        break;
    case FieldKind::Count:
        static_cast<NumberStepper *>(widget)->setValue(value);
        break;
    }
}

Entry EntryForm::entry(QDate date, Author author) const
{
    Entry result(date, author);
    for (const FieldSpec &spec : allFields())
        result.setValue(spec.field, valueOf(spec.field));
    result.setRegions(m_bodyMap->regions());
    // Trailing blank lines are noise, not content: they would make an unchanged entry look edited.
    QString note = m_note->toPlainText();
    while (note.endsWith(u'\n') || note.endsWith(u' '))
        note.chop(1);
    result.setNote(note);
    return result;
}

void EntryForm::setEntry(const Entry &entry)
{
    m_loading = true;
    for (const FieldSpec &spec : allFields())
        setValueOf(spec.field, entry.value(spec.field));
    m_bodyMap->setRegions(entry.regions());
    if (m_note->toPlainText() != entry.note())
        m_note->setPlainText(entry.note());
    m_loading = false;
    updateSummaries();
}

bool EntryForm::isLastingField(Field field)
{
    switch (field) {
    case Field::Falls:
    case Field::NearFalls:
    case Field::Skin:
        return false;
    default:
        return std::find(kWarningSignFields.begin(), kWarningSignFields.end(), field) ==
               kWarningSignFields.end();
    }
}

int EntryForm::fillBlanksFrom(const Entry &source)
{
    int filled = 0;
    for (const FieldSpec &spec : allFields()) {
        if (!isLastingField(spec.field) || valueOf(spec.field) || !source.value(spec.field))
            continue;
        setValueOf(spec.field, source.value(spec.field));
        ++filled;
    }
    if (m_bodyMap->regions().isEmpty() && !source.regions().isEmpty()) {
        m_bodyMap->setRegions(source.regions());
        ++filled;
    }
    if (filled > 0)
        userEdited();
    return filled;
}

bool EntryForm::hasWarningSign() const
{
    return !warningSignsMarked().isEmpty();
}

QStringList EntryForm::warningSignsMarked() const
{
    QStringList marked;
    for (Field field : kWarningSignFields) {
        if (valueOf(field) == 1)
            marked.append(FieldTexts::label(field));
    }
    return marked;
}

void EntryForm::userEdited()
{
    if (!m_loading)
        emit edited();
}

void EntryForm::updateSummaries()
{
    auto countRated = [this](auto fields) {
        int rated = 0;
        for (Field field : fields)
            rated += valueOf(field).has_value() ? 1 : 0;
        return rated;
    };
    std::array<Field, 12> scores{};
    for (int i = 0; i < 12; ++i)
        scores[std::size_t(i)] = Field(i);
    section(Section::Feelings)->setSummary(tr("%1 of %2 rated").arg(countRated(scores)).arg(scores.size()));
    section(Section::Tasks)
        ->setSummary(tr("%1 of %2 rated").arg(countRated(kTaskFields)).arg(kTaskFields.size()));
    const std::optional<int> falls = valueOf(Field::Falls);
    const std::optional<int> nearFalls = valueOf(Field::NearFalls);
    section(Section::Falls)
        ->setSummary(falls || nearFalls ? tr("falls: %1, near falls: %2")
                                              .arg(falls ? QString::number(*falls) : tr("–"),
                                                   nearFalls ? QString::number(*nearFalls) : tr("–"))
                                        : tr("not recorded"));
    section(Section::SkinAndSafety)
        ->setSummary(
            tr("%1 of %2 answered").arg(countRated(kSafetyFields) + (valueOf(Field::Skin) ? 1 : 0)).arg(8));
    const std::array<Field, 3> habits = {Field::ExerciseMinutes, Field::AlcoholDrinks, Field::Smoked};
    section(Section::Habits)->setSummary(tr("%1 of %2 answered").arg(countRated(habits)).arg(habits.size()));
    const QStringList signs = warningSignsMarked();
    section(Section::WarningSigns)
        ->setSummary(
            signs.isEmpty()
                ? tr("%1 of %2 answered").arg(countRated(kWarningSignFields)).arg(kWarningSignFields.size())
                : tr("MARKED: %1").arg(signs.join(tr(", "))));
    section(Section::Note)
        ->setSummary(m_note->toPlainText().trimmed().isEmpty() ? tr("empty") : tr("written"));
    m_bodyMapSummary->setText(tr("Marked: %1").arg(m_bodyMap->markedSummary()));

    // Also when one sign replaces another: the urgent banner names the signs marked now.
    if (signs != m_markedSigns) {
        m_markedSigns = signs;
        emit warningSignsChanged(!signs.isEmpty());
    }
}

} // namespace nd
