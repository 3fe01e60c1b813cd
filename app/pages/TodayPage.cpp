#include "TodayPage.h"

#include "EntryForm.h"
#include "EntrySummary.h"
#include "FieldTexts.h"
#include "dialogs/MessageBox.h"
#include "diary/DiaryEditor.h"
#include "guide/SelfCareGuide.h"
#include "storage/DiaryStore.h"
#include "util/Clock.h"
#include "widgets/Banner.h"
#include "widgets/BigButton.h"
#include "widgets/CollapsibleSection.h"
#include "widgets/DayPicker.h"
#include "widgets/FlowLayout.h"
#include "widgets/Theme.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
// Long enough to batch a burst of key presses, short enough that a crash loses almost nothing.
constexpr int kDraftDelayMs = 400;
constexpr int kSameAsLastLookBackDays = 90;
// The header stays above the form while it takes at most a third of the page's height.
constexpr int kHeaderShareOfPage = 3;
} // namespace

TodayPage::TodayPage(DiaryEditor &editor, const DraftStore &drafts, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_drafts(drafts), m_clock(clock)
{
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &TodayPage::flushDraft);

    m_saveAction = new QAction(tr("&Save this day"), this);
    m_saveAction->setObjectName(u"saveEntryAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &TodayPage::save);
    addAction(m_saveAction);

    m_urgent = new Banner;
    m_urgent->setObjectName(u"urgentBanner"_s);
    m_message = new Banner;
    m_message->setObjectName(u"messageBanner"_s);

    m_form = new EntryForm;
    m_form->setObjectName(u"entryForm"_s);
    connect(m_form, &EntryForm::edited, this, &TodayPage::onEdited);
    connect(m_form, &EntryForm::warningSignsChanged, this, &TodayPage::updateUrgentBanner);

    m_saveBottom = new BigButton(tr("Save this day"), BigButton::Look::Primary);
    m_saveBottom->setObjectName(u"saveBottom"_s);
    m_saveBottom->setToolTip(tr("Save (Ctrl+S)"));
    connect(m_saveBottom, &QPushButton::clicked, this, &TodayPage::save);

    auto *content = new QWidget;
    content->setObjectName(u"todayContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 8, 24, 24);
    contentLayout->setSpacing(16);
    contentLayout->addWidget(m_form);
    contentLayout->addWidget(m_saveBottom, 0, Qt::AlignRight);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"todayScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // Always there, so the form never reflows (and moves) when its length changes.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(8);
    buildHeader();
    layout->addWidget(m_scroll, 1);
    // Under the form, not above it: a banner that appears (a warning sign marked, "Saved")
    // takes room from the bottom, so nothing moves under a finger about to tap again.
    auto *banners = new QVBoxLayout;
    banners->setContentsMargins(24, 0, 24, 0);
    banners->setSpacing(8);
    banners->addWidget(m_urgent);
    banners->addWidget(m_message);
    layout->addLayout(banners);

    connect(&m_editor, &DiaryEditor::entryChanged, this, &TodayPage::onEntryChanged);
    connect(&m_editor, &DiaryEditor::entryChangedElsewhere, this, &TodayPage::onEntryChangedElsewhere);
    setDayStartHour(m_dayStartHour);
}

TodayPage::~TodayPage()
{
    // Whatever was typed in the last moments before closing is kept.
    flushDraft();
}

void TodayPage::buildHeader()
{
    m_dayPicker = new DayPicker;
    m_dayPicker->setObjectName(u"dayPicker"_s);
    connect(m_dayPicker, &DayPicker::dateRequested, this, &TodayPage::openDay);

    m_sameAsLast = new BigButton(tr("Same as last entry"));
    m_sameAsLast->setObjectName(u"sameAsLast"_s);
    m_sameAsLast->setToolTip(tr("Fill the empty answers that usually carry over (symptoms, where, tasks, "
                                "home safety, habits) from the last entry before this day."));
    connect(m_sameAsLast, &QPushButton::clicked, this, &TodayPage::sameAsLastEntry);

    m_saveTop = new BigButton(tr("Save"), BigButton::Look::Primary);
    m_saveTop->setObjectName(u"saveTop"_s);
    m_saveTop->setToolTip(tr("Save this day (Ctrl+S)"));
    m_saveTop->setAccessibleName(tr("Save this day"));
    connect(m_saveTop, &QPushButton::clicked, this, &TodayPage::save);

    // Always at the top, for someone frightened: straight to the warning signs, far down the form.
    m_warningJump = new BigButton(tr("I have a warning sign"));
    m_warningJump->setObjectName(u"warningJump"_s);
    m_warningJump->setToolTip(tr("Go to the warning signs and what to do"));
    connect(m_warningJump, &QPushButton::clicked, this, &TodayPage::goToWarningSigns);

    m_loggingAs = new QLabel;
    m_loggingAs->setObjectName(u"loggingAs"_s);
    m_state = new QLabel;
    m_state->setObjectName(u"saveState"_s);
    Theme::setRelativeFont(m_state, 1.0, true);

    // Rows that wrap instead of widening the window (large text on a small screen): Save
    // moves under the day rather than off the right edge.
    auto *top = new FlowLayout(nullptr, 10);
    top->addWidget(m_dayPicker);
    top->addWidget(m_sameAsLast);
    top->addWidget(m_saveTop);
    top->addWidget(m_warningJump);
    auto *info = new FlowLayout(nullptr, 16);
    info->addWidget(m_loggingAs);
    info->addWidget(m_state);

    m_header = new QWidget;
    m_header->setObjectName(u"todayHeader"_s);
    auto *header = new QVBoxLayout(m_header);
    header->setContentsMargins(24, 16, 24, 4);
    header->setSpacing(6);
    header->addLayout(top);
    header->addLayout(info);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_header);
}

void TodayPage::placeHeader()
{
    // Above the form while it leaves the form most of the page; with large text on a low
    // screen it scrolls with the form instead (the form's own Save stays at its end).
    const bool scrolls = m_header->heightForWidth(width()) * kHeaderShareOfPage > height();
    if (scrolls == m_headerScrolls)
        return;
    m_headerScrolls = scrolls;
    auto *content = static_cast<QVBoxLayout *>(m_scroll->widget()->layout());
    auto *page = static_cast<QVBoxLayout *>(layout());
    if (scrolls) {
        page->removeWidget(m_header);
        content->insertWidget(0, m_header);
    } else {
        content->removeWidget(m_header);
        page->insertWidget(0, m_header);
    }
}

void TodayPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeHeader();
}

void TodayPage::setDayStartHour(int hour)
{
    m_dayStartHour = std::clamp(hour, 0, 12);
    m_dayPicker->setMaximumDate(diaryToday());
}

void TodayPage::setCaregiverName(const QString &name)
{
    m_caregiverName = name.trimmed();
    updateState();
}

void TodayPage::setUrgentContacts(const UrgentAdvice::Contacts &contacts)
{
    m_contacts = contacts;
    updateUrgentBanner();
}

QDate TodayPage::diaryToday() const
{
    return m_clock.diaryDay(m_dayStartHour);
}

Entry TodayPage::currentEntry() const
{
    return m_form->entry(m_date, m_author);
}

bool TodayPage::isDirty() const
{
    const Entry shown = currentEntry();
    return m_stored ? shown != *m_stored : !shown.isBlank();
}

QString TodayPage::dayAndAuthorText() const
{
    const QString day = DayPicker::longDate(m_date);
    return m_author == Author::Patient ? day : tr("%1 (caregiver entry)").arg(day);
}

void TodayPage::load(QDate date, Author author)
{
    m_draftTimer->stop();
    m_date = date;
    m_author = author;
    m_form->setAuthor(author);
    m_stored = m_editor.store().entry(date, author);
    const DbError error = m_editor.store().error();
    m_form->setEntry(m_stored ? *m_stored : Entry(date, author));
    m_dayPicker->setMaximumDate(diaryToday());
    m_dayPicker->setDate(date);
    m_followsToday = date == diaryToday();
    m_message->hide();
    if (error.isError())
        m_message->showMessage(Banner::Kind::Error, tr("This day could not be read"), error.message);
    updateState();
}

void TodayPage::restoreDraftOrOpenToday()
{
    const std::optional<Entry> draft = m_drafts.load();
    if (!draft || draft->date() > diaryToday()) {
        load(diaryToday(), m_author);
        return;
    }
    load(draft->date(), draft->author());
    m_form->setEntry(*draft);
    if (!isDirty()) {
        m_drafts.discard();
        updateState();
        return;
    }
    if (draft->author() != Author::Patient)
        emit authorRestored(draft->author());
    updateState();
    m_message->showMessage(
        Banner::Kind::Info, tr("Your unsaved changes are back"),
        tr("What you typed for %1 was kept when NerveDiary closed. Save it, or discard it.")
            .arg(dayAndAuthorText()));
    connect(m_message->addAction(tr("Save now"), u"draftSave"_s), &QPushButton::clicked, this,
            &TodayPage::save);
    connect(m_message->addAction(tr("Discard"), u"draftDiscard"_s), &QPushButton::clicked, this, [this] {
        discardChanges();
        m_message->hide();
    });
}

bool TodayPage::openDay(QDate date)
{
    if (!date.isValid() || date > diaryToday())
        return false;
    if (date == m_date)
        return true;
    if (!confirmLeave())
        return false;
    load(date, m_author);
    return true;
}

bool TodayPage::setAuthor(Author author)
{
    if (author == m_author)
        return true;
    if (!confirmLeave())
        return false;
    load(m_date.isValid() ? m_date : diaryToday(), author);
    return true;
}

bool TodayPage::confirmLeave()
{
    if (!isDirty())
        return true;
    const MessageBox::Button answer = MessageBox::askToSave(
        this, tr("The entry for %1 has changes that are not saved yet.").arg(dayAndAuthorText()));
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        discardChanges();
        return true;
    default:
        return false;
    }
}

bool TodayPage::save()
{
    const Entry entry = currentEntry();
    if (entry.isBlank()) {
        m_message->showMessage(Banner::Kind::Info, tr("Nothing to save yet"),
                               m_stored ? tr("Everything is empty. To remove this day's entry, delete it on "
                                             "the History page.")
                                        : tr("Answer at least one question, then save."));
        return false;
    }
    // Another program may have written this day since it was opened here: never overwrite
    // that without asking.
    m_editor.checkForOutsideChanges();
    const std::optional<Entry> inDiary = m_editor.store().entry(m_date, m_author);
    if (inDiary != m_stored && inDiary != entry && !confirmOverwriteOutsideChange(entry))
        return false;
    if (m_stored && !isDirty()) {
        m_message->showMessage(
            Banner::Kind::Success, tr("Already saved"),
            tr("The entry for %1 is saved; nothing changed since.").arg(dayAndAuthorText()));
        return true;
    }
    if (!m_editor.saveEntry(entry)) {
        showSaveFailure();
        return false;
    }
    m_stored = entry;
    m_draftTimer->stop();
    m_drafts.discard();
    const QString time = QLocale().toString(m_clock.now().time(), QLocale::ShortFormat);
    m_message->showMessage(
        Banner::Kind::Success, tr("Saved"),
        tr("The entry for %1 is saved (at %2). Ctrl+Z undoes it.").arg(dayAndAuthorText(), time));
    connect(m_message->addAction(tr("Undo"), u"undoSave"_s), &QPushButton::clicked, this,
            [this] { m_editor.undo(); });
    updateState();
    emit statusMessage(tr("Saved the entry for %1.").arg(dayAndAuthorText()));
    return true;
}

void TodayPage::showSaveFailure()
{
    // The form keeps everything; the draft file is a second copy in case the app closes.
    flushDraft();
    m_message->showMessage(Banner::Kind::Error, tr("Not saved"),
                           tr("%1 What you typed is still here and kept as a draft. Try again in a moment "
                              "(Ctrl+S); if it keeps failing, free some disk space or close other programs "
                              "using the diary.")
                               .arg(m_editor.errorString()));
    connect(m_message->addAction(tr("Try again"), u"retrySave"_s), &QPushButton::clicked, this,
            &TodayPage::save);
    updateState();
}

void TodayPage::discardChanges()
{
    m_draftTimer->stop();
    m_drafts.discard();
    m_form->setEntry(m_stored ? *m_stored : Entry(m_date, m_author));
    updateState();
}

void TodayPage::flushDraft()
{
    m_draftTimer->stop();
    if (!m_date.isValid())
        return;
    if (isDirty()) {
        if (!m_drafts.save(currentEntry()))
            emit statusMessage(tr("Could not keep a draft: %1").arg(m_drafts.errorString()));
    } else {
        m_drafts.discard();
    }
}

void TodayPage::focusFirstQuestion()
{
    m_form->firstControl()->setFocus(Qt::OtherFocusReason);
}

void TodayPage::goToWarningSigns()
{
    QWidget *first = m_form->openWarningSigns();
    QWidget *section = m_form->section(EntryForm::Section::WarningSigns);
    m_scroll->widget()->layout()->activate();
    // The section's top at the top of the view, so its notice and "None of these" show first.
    m_scroll->verticalScrollBar()->setValue(section->mapTo(m_scroll->widget(), QPoint(0, 0)).y());
    first->setFocus(Qt::ShortcutFocusReason);
}

void TodayPage::onEdited()
{
    if (m_message->isVisible() && m_message->kind() == Banner::Kind::Success)
        m_message->hide();
    m_draftTimer->start();
    updateState();
}

void TodayPage::onEntryChanged(QDate date, Author author)
{
    if (date != m_date || author != m_author)
        return;
    const bool wasClean = !isDirty();
    m_stored = m_editor.store().entry(date, author);
    // An undo, redo or delete elsewhere shows here unless the user is in the middle of typing.
    if (wasClean)
        m_form->setEntry(m_stored ? *m_stored : Entry(date, author));
    updateState();
}

void TodayPage::onEntryChangedElsewhere(QDate date, Author author)
{
    if (date.isValid() && (date != m_date || author != m_author))
        return;
    const std::optional<Entry> inDiary = m_editor.store().entry(m_date, m_author);
    if (inDiary == m_stored)
        return;
    if (!isDirty()) {
        // Nothing typed here: simply show what the other program saved.
        m_stored = inDiary;
        m_form->setEntry(m_stored ? *m_stored : Entry(m_date, m_author));
        updateState();
        m_message->showMessage(Banner::Kind::Info, tr("Updated"),
                               tr("The entry for %1 was changed by another program; this is what it holds "
                                  "now.")
                                   .arg(dayAndAuthorText()));
        return;
    }
    // The user is typing: keep what they typed (also as a draft) and what the diary holds now
    // stays unchanged until they choose, when saving.
    flushDraft();
    m_message->showMessage(
        Banner::Kind::Error, tr("Changed by another program"),
        tr("The entry for %1 was changed by another program while you were editing it. What you typed is "
           "kept here and as a draft; when you save, you can choose which one to keep.")
            .arg(dayAndAuthorText()));
}

bool TodayPage::confirmOverwriteOutsideChange(const Entry &mine)
{
    flushDraft(); // what was typed survives whatever is chosen below, until it is saved
    const std::optional<Entry> theirs = m_editor.store().entry(m_date, m_author);
    const auto describe = [this](const std::optional<Entry> &entry) {
        if (!entry)
            return tr("(deleted)");
        QString text = EntrySummary::describe(*entry);
        if (!entry->note().isEmpty())
            text += u" · "_s + tr("note: %1").arg(entry->note());
        return text;
    };
    const MessageBox::Button answer = MessageBox::ask(
        this, QMessageBox::Warning, tr("Changed by another program"),
        tr("The entry for %1 was changed by another program while you were editing it.")
            .arg(dayAndAuthorText()),
        MessageBox::Buttons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel),
        QMessageBox::Cancel,
        tr("In the diary now: %1\nWhat you typed: %2\n\nSave replaces the diary's entry with what you typed. "
           "Discard shows the diary's entry instead. Cancel keeps both as they are (what you typed stays "
           "here and as a draft).")
            .arg(describe(theirs), describe(mine)));
    switch (answer) {
    case QMessageBox::Save:
        m_stored = theirs; // what is overwritten now, knowingly
        return true;
    case QMessageBox::Discard:
        m_stored = theirs;
        m_drafts.discard();
        m_form->setEntry(m_stored ? *m_stored : Entry(m_date, m_author));
        m_message->hide();
        updateState();
        return false;
    default:
        return false;
    }
}

std::optional<Entry> TodayPage::lastEntryBefore(QDate date) const
{
    DiaryStore &store = m_editor.store();
    QList<Entry> earlier = store.entries(date.addDays(-kSameAsLastLookBackDays), date.addDays(-1));
    if (earlier.isEmpty())
        earlier = store.entries({}, date.addDays(-1));
    std::optional<Entry> anyAuthor;
    for (auto it = earlier.crbegin(); it != earlier.crend(); ++it) {
        if (it->author() == m_author)
            return *it;
        if (!anyAuthor)
            anyAuthor = *it;
    }
    return anyAuthor;
}

int TodayPage::sameAsLastEntry()
{
    const std::optional<Entry> source = lastEntryBefore(m_date);
    if (!source) {
        m_message->showMessage(
            Banner::Kind::Info, tr("No earlier entry"),
            tr("There is no entry before %1 to copy from.").arg(DayPicker::longDate(m_date)));
        return 0;
    }
    const int filled = m_form->fillBlanksFrom(*source);
    const QString from = DayPicker::longDate(source->date());
    if (filled == 0) {
        m_message->showMessage(Banner::Kind::Info, tr("Nothing to fill in"),
                               tr("Every answer that carries over from %1 is already given.").arg(from));
    } else {
        m_message->showMessage(Banner::Kind::Info, tr("Filled in from %1").arg(from),
                               (filled == 1 ? tr("1 answer copied.") : tr("%1 answers copied.").arg(filled)) +
                                   u' ' +
                                   tr("Falls, skin, warning signs and the note are left for you. Check each "
                                      "answer, then save."));
    }
    return filled;
}

void TodayPage::updateState()
{
    if (m_author == Author::Patient) {
        m_loggingAs->setText(tr("Logging as the patient"));
    } else {
        m_loggingAs->setText(m_caregiverName.isEmpty() ? tr("Logging as a caregiver")
                                                       : tr("Logging as caregiver: %1").arg(m_caregiverName));
    }
    // Caregiver mode is unmistakable: the line becomes a filled, bold strip with the caregiver icon.
    const bool caregiver = m_author == Author::Caregiver;
    m_loggingAs->setAutoFillBackground(caregiver);
    QPalette strip = palette();
    strip.setColor(QPalette::Window,
                   Theme::mix(strip.color(QPalette::Base), strip.color(QPalette::Highlight), 0.35));
    m_loggingAs->setPalette(caregiver ? strip : palette());
    m_loggingAs->setMargin(caregiver ? m_loggingAs->fontMetrics().height() / 3 : 0);
    QFont font = m_loggingAs->font();
    font.setBold(caregiver);
    m_loggingAs->setFont(font);
    const bool dirty = isDirty();
    if (dirty)
        m_state->setText(tr("● Changes not saved"));
    else if (m_stored)
        m_state->setText(tr("✓ Saved"));
    else
        m_state->setText(tr("Not logged yet"));
    m_state->setAccessibleName(m_state->text());
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void TodayPage::updateUrgentBanner()
{
    const QStringList signs = m_form->warningSignsMarked();
    const bool wasShown = !m_urgent->isHidden();
    if (signs.isEmpty()) {
        m_urgent->hide();
        if (wasShown)
            emit urgentBannerShown(false);
        return;
    }
    // The first words are the call to make; the care team comes after emergency services.
    m_urgent->showMessage(Banner::Kind::Urgent, UrgentAdvice::callNow(m_contacts),
                          UrgentAdvice::forSigns(signs, m_contacts));
    if (!wasShown)
        emit urgentBannerShown(true);
}

void TodayPage::showEvent(QShowEvent *event)
{
    // Left open overnight: when the page is shown again it moves on to the new day,
    // unless something is being typed.
    const QDate today = diaryToday();
    m_dayPicker->setMaximumDate(today);
    if (m_date.isValid() && m_followsToday && m_date != today && !isDirty())
        load(today, m_author);
    QWidget::showEvent(event);
}

} // namespace nd
