#include "HistoryPage.h"

#include "DiaryCalendar.h"
#include "EntrySummary.h"
#include "FieldTexts.h"
#include "diary/DiaryEditor.h"
#include "storage/DiaryStore.h"
#include "widgets/Banner.h"
#include "widgets/BigButton.h"
#include "widgets/DayPicker.h"
#include "widgets/FlowLayout.h"
#include "widgets/Icons.h"
#include "widgets/SideBySide.h"
#include "widgets/Theme.h"
#include "widgets/WrappingLabel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
constexpr int kDateRole = Qt::UserRole;
constexpr int kAuthorRole = Qt::UserRole + 1;
// The banner names at most this many of the earlier deletions Undo brings back after the last.
constexpr int kNamedEarlierDeletes = 3;

QString entryName(const Entry &entry)
{
    return entry.author() == Author::Caregiver
               ? HistoryPage::tr("the caregiver entry of %1").arg(DayPicker::longDate(entry.date()))
               : HistoryPage::tr("the entry of %1").arg(DayPicker::longDate(entry.date()));
}
// The layout of one of the page's two columns: parts one under the other, 8 px apart.
QVBoxLayout *paneColumn(QWidget *pane)
{
    auto *column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);
    return column;
}
} // namespace

HistoryPage::HistoryPage(DiaryEditor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    QWidget *calendarPane = buildCalendarPane();
    QWidget *listPane = buildListPane();
    // The list beside the calendar, or under it when large text leaves no room beside it.
    const int listWidth = fontMetrics().averageCharWidth() * 36;
    auto *columns = new SideBySide(calendarPane, listPane, listWidth);
    columns->setObjectName(u"historyColumns"_s);
    columns->setSpacing(24);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(columns);

    const auto onChanged = [this](QDate date, Author) {
        // An invalid date: another program changed the diary in ways not told entry by entry.
        if (!date.isValid() || (date.year() == m_year && date.month() == m_month)) {
            m_stale = true;
            if (isVisible())
                reloadMonth();
        }
    };
    connect(&m_editor, &DiaryEditor::entryChanged, this, onChanged);
    connect(&m_editor, &DiaryEditor::entryChangedElsewhere, this, onChanged);
    connect(&m_editor, &DiaryEditor::historyChanged, this, &HistoryPage::onHistoryChanged);
    const QDate today = QDate::currentDate();
    showMonth(today.year(), today.month());
}

QWidget *HistoryPage::buildCalendarPane()
{
    m_calendar = new DiaryCalendar;
    m_calendar->setObjectName(u"historyCalendar"_s);
    m_calendar->setAccessibleName(tr("Diary calendar"));
    m_calendar->setMaximumDate(QDate::currentDate().addDays(1));
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &HistoryPage::showMonth);
    connect(m_calendar, &QCalendarWidget::clicked, this, &HistoryPage::onDayClicked);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
        onDayClicked(date);
        openSelected();
    });

    // The calendar's key: each mark with its words, wrapping as a whole (not mid-phrase).
    auto *legend = new QWidget;
    legend->setObjectName(u"calendarLegend"_s);
    auto *legendItems = new FlowLayout(legend, 16);
    for (const QString &item :
         {tr("● logged"), tr("○ caregiver also wrote"), tr("▲ a flag for the care team")})
        legendItems->addWidget(new QLabel(item));

    auto *title = new QLabel(tr("History"));
    Theme::setRelativeFont(title, 1.6, true);

    auto *pane = new QWidget;
    QVBoxLayout *column = paneColumn(pane);
    column->addWidget(title);
    column->addWidget(m_calendar);
    column->addWidget(legend);
    column->addStretch(1);
    return pane;
}

QWidget *HistoryPage::buildListPane()
{
    m_monthTitle = new QLabel;
    m_monthTitle->setObjectName(u"monthTitle"_s);
    Theme::setRelativeFont(m_monthTitle, 1.2, true);

    m_list = new QListWidget;
    m_list->setObjectName(u"entryList"_s);
    m_list->setAccessibleName(tr("Entries of the month"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(28, 28));
    m_list->setMinimumHeight(std::max(Theme::targetSize(m_list), m_list->fontMetrics().height() * 3) * 2);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (const Entry *entry = selectedEntry()) {
            const QSignalBlocker block(m_calendar);
            m_calendar->setSelectedDate(entry->date());
        }
        updateButtons();
    });

    m_banner = new Banner;
    m_banner->setObjectName(u"historyBanner"_s);
    auto *listKey = new WrappingLabel(
        tr("Hands and Feet: the strongest of the six symptoms that day, from 0 (none) to 10 (worst)."));
    listKey->setObjectName(u"entryListKey"_s);

    auto *pane = new QWidget;
    QVBoxLayout *column = paneColumn(pane);
    column->addWidget(m_monthTitle);
    column->addWidget(m_banner);
    column->addWidget(m_list, 1);
    column->addWidget(listKey);
    column->addLayout(buildButtons());
    return pane;
}

QLayout *HistoryPage::buildButtons()
{
    m_open = new BigButton(tr("Open in Today"), BigButton::Look::Primary);
    m_open->setObjectName(u"openEntry"_s);
    m_open->setToolTip(tr("Show this day in the Today page to read or change it (Enter)"));
    connect(m_open, &QPushButton::clicked, this, &HistoryPage::openSelected);
    m_delete = new BigButton(tr("Delete entry"));
    m_delete->setObjectName(u"deleteEntry"_s);
    m_delete->setToolTip(tr("Delete the chosen entry (Delete). Ctrl+Z brings it back."));
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    auto *buttons = new FlowLayout(nullptr, 8);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    return buttons;
}

void HistoryPage::setFlagDays(const QSet<QDate> &days)
{
    m_calendar->setFlagDays(days);
}

void HistoryPage::showMonth(int year, int month)
{
    if (year != m_year || month != m_month || m_stale) {
        m_year = year;
        m_month = month;
        if (m_calendar->yearShown() != year || m_calendar->monthShown() != month)
            m_calendar->setCurrentPage(year, month);
        reloadMonth();
    }
}

void HistoryPage::reloadMonth()
{
    const QDate first(m_year, m_month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    DiaryStore &store = m_editor.store();
    m_entries = store.entries(first, last);
    if (store.error().isError())
        m_banner->showMessage(Banner::Kind::Error, tr("This month could not be read"), store.errorString());
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
    QSet<QDate> logged;
    QSet<QDate> caregiver;
    for (const Entry &entry : std::as_const(m_entries)) {
        logged.insert(entry.date());
        if (entry.author() == Author::Caregiver)
            caregiver.insert(entry.date());
    }
    m_calendar->setLoggedDays(logged);
    m_calendar->setCaregiverDays(caregiver);
    const QString month = QLocale().toString(first, u"MMMM yyyy"_s);
    m_monthTitle->setText(m_entries.size() == 1 ? tr("%1: 1 entry").arg(month)
                                                : tr("%1: %2 entries").arg(month).arg(m_entries.size()));
    m_stale = false;
    fillList();
}

void HistoryPage::fillList()
{
    const Entry *selected = selectedEntry();
    const QDate keepDate = selected ? selected->date() : m_calendar->selectedDate();
    const int keepAuthor = selected ? int(selected->author()) : -1; // -1: either author
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QColor iconColor = palette().color(QPalette::Text);
    const int rowHeight = std::max(Theme::targetSize(m_list), m_list->fontMetrics().height() * 3);
    int keepRow = -1;
    for (const Entry &entry : std::as_const(m_entries)) {
        const bool caregiver = entry.author() == Author::Caregiver;
        const QString who = caregiver ? tr("Caregiver entry") : tr("Patient");
        auto *item = new QListWidgetItem(
            Icons::icon(caregiver ? u"caregiver"_s : u"patient"_s, iconColor),
            u"%1 — %2\n%3"_s.arg(DayPicker::longDate(entry.date()), who, EntrySummary::describe(entry)),
            m_list);
        item->setData(kDateRole, entry.date());
        item->setData(kAuthorRole, int(entry.author()));
        item->setSizeHint(QSize(0, rowHeight));
        if (entry.date() == keepDate && (keepRow < 0 || int(entry.author()) == keepAuthor))
            keepRow = m_list->count() - 1;
    }
    if (m_entries.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing logged in this month."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
        item->setSizeHint(QSize(0, rowHeight));
    }
    // List and calendar always show the same day. A day of this month without an entry (one
    // just deleted, or never logged) selects no row, so no button acts on another day.
    const bool keptDayShown = keepDate.year() == m_year && keepDate.month() == m_month;
    if (keepRow < 0 && !keptDayShown && !m_entries.isEmpty()) {
        keepRow = 0;
        m_calendar->setSelectedDate(m_entries.first().date());
    }
    m_list->setCurrentRow(keepRow);
    updateButtons();
}

void HistoryPage::selectDay(QDate date)
{
    showMonth(date.year(), date.month());
    m_calendar->setSelectedDate(date);
    onDayClicked(date);
}

const Entry *HistoryPage::selectedEntry() const
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(kDateRole).isValid())
        return nullptr;
    const QDate date = item->data(kDateRole).toDate();
    const Author author = Author(item->data(kAuthorRole).toInt());
    for (const Entry &entry : m_entries) {
        if (entry.date() == date && entry.author() == author)
            return &entry;
    }
    return nullptr;
}

void HistoryPage::onDayClicked(QDate date)
{
    m_banner->hide();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kDateRole).toDate() == date) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->setCurrentRow(-1);
    m_banner->showMessage(Banner::Kind::Info, tr("Nothing logged on %1").arg(DayPicker::longDate(date)),
                          tr("You can still log it now."));
    connect(m_banner->addAction(tr("Log this day"), u"logThisDay"_s), &QPushButton::clicked, this,
            [this, date] { emit logDayRequested(date); });
    updateButtons();
}

void HistoryPage::openSelected()
{
    if (const Entry *entry = selectedEntry())
        emit openEntryRequested(entry->date(), entry->author());
}

bool HistoryPage::deleteSelected()
{
    const Entry *entry = selectedEntry();
    if (!entry)
        return false;
    if (m_sinceDelete.isValid() && m_sinceDelete.elapsed() < kSecondClickGuardMs)
        return false;
    const Entry removed = *entry;
    if (!m_editor.removeEntry(removed.date(), removed.author())) {
        m_banner->showMessage(Banner::Kind::Error, tr("Not deleted"), m_editor.errorString());
        return false;
    }
    m_sinceDelete.start();
    const QUndoStack *stack = m_editor.undoStack();
    m_deleted.append({removed, stack->command(stack->index() - 1)});
    // The deleted day stays chosen in the calendar with no entry selected: Delete and Open are
    // off, and the keyboard waits on the list, where a second press or click deletes nothing.
    const bool hadFocus = m_delete->hasFocus() || m_list->hasFocus();
    m_calendar->setSelectedDate(removed.date());
    m_list->setCurrentRow(-1);
    updateButtons();
    if (hadFocus || !focusWidget())
        m_list->setFocus(Qt::OtherFocusReason);
    showDeletedBanner();
    return true;
}

void HistoryPage::showDeletedBanner()
{
    if (m_deleted.isEmpty()) {
        m_banner->hide();
        return;
    }
    const Entry &last = m_deleted.last().entry;
    QStringList earlier;
    for (qsizetype i = m_deleted.size() - 2; i >= 0 && earlier.size() < kNamedEarlierDeletes; --i)
        earlier.append(DayPicker::longDate(m_deleted[i].entry.date()));
    const QString undoText = tr("Undo brings back %1.").arg(entryName(last));
    m_banner->showMessage(Banner::Kind::Success, tr("Deleted %1").arg(entryName(last)),
                          earlier.isEmpty() ? undoText
                                            : tr("%1 Undo again brings back the earlier ones too: %2.")
                                                  .arg(undoText, earlier.join(tr("; "))));
    QPushButton *undo = m_banner->addAction(tr("Undo"), u"undoDelete"_s);
    undo->setAccessibleName(tr("Undo: bring back %1").arg(entryName(last)));
    connect(undo, &QPushButton::clicked, this, [this] {
        if (m_deleted.isEmpty())
            return;
        // Undo when the deletion is the last change; after other changes (a day saved in
        // Today meanwhile) the entry named on the banner is saved back instead.
        const QUndoStack *stack = m_editor.undoStack();
        const Deleted last = m_deleted.last();
        if (last.command && stack->index() > 0 && stack->command(stack->index() - 1) == last.command)
            m_editor.undo();
        else if (m_editor.saveEntry(last.entry))
            onHistoryChanged();
    });
}

void HistoryPage::onHistoryChanged()
{
    // A step that could not be written was dropped from the history (and deleted): its
    // deletion can no longer be undone, only saved back.
    const QUndoStack *stack = m_editor.undoStack();
    for (Deleted &deleted : m_deleted) {
        bool onStack = false;
        for (int i = 0; i < stack->count() && !onStack; ++i)
            onStack = stack->command(i) == deleted.command;
        if (!onStack)
            deleted.command = nullptr;
    }
    std::optional<Entry> restored;
    while (!m_deleted.isEmpty()) {
        const Entry &last = m_deleted.last().entry;
        if (!m_editor.store().entry(last.date(), last.author()))
            break;
        restored = m_deleted.takeLast().entry;
    }
    if (!restored)
        return;
    selectEntry(restored->date(), restored->author());
    showDeletedBanner();
}

void HistoryPage::selectEntry(QDate date, Author author)
{
    showMonth(date.year(), date.month());
    m_calendar->setSelectedDate(date);
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(kDateRole).toDate() == date && Author(item->data(kAuthorRole).toInt()) == author) {
            m_list->setCurrentRow(row);
            break;
        }
    }
    updateButtons();
}

void HistoryPage::updateButtons()
{
    const bool hasEntry = selectedEntry() != nullptr;
    m_open->setEnabled(hasEntry);
    m_delete->setEnabled(hasEntry);
}

bool HistoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reloadMonth();
    QWidget::showEvent(event);
}

} // namespace nd
