#include "HistoryPage.h"

#include "DiaryCalendar.h"
#include "EntrySummary.h"
#include "FieldTexts.h"
#include "diary/DiaryEditor.h"
#include "storage/DiaryStore.h"
#include "widgets/Banner.h"
#include "widgets/BigButton.h"
#include "widgets/DayPicker.h"
#include "widgets/Icons.h"
#include "widgets/Theme.h"

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
} // namespace

HistoryPage::HistoryPage(DiaryEditor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
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

    auto *legend = new QLabel(tr("● logged    ○ caregiver also wrote    ▲ a flag for the care team"));
    legend->setObjectName(u"calendarLegend"_s);
    legend->setWordWrap(true);

    auto *title = new QLabel(tr("History"));
    Theme::setRelativeFont(title, 1.6, true);
    m_monthTitle = new QLabel;
    m_monthTitle->setObjectName(u"monthTitle"_s);
    Theme::setRelativeFont(m_monthTitle, 1.2, true);

    m_list = new QListWidget;
    m_list->setObjectName(u"entryList"_s);
    m_list->setAccessibleName(tr("Entries of the month"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(28, 28));
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (const Entry *entry = selectedEntry()) {
            const QSignalBlocker block(m_calendar);
            m_calendar->setSelectedDate(entry->date());
        }
        updateButtons();
    });

    m_open = new BigButton(tr("Open in Today"), BigButton::Look::Primary);
    m_open->setObjectName(u"openEntry"_s);
    m_open->setToolTip(tr("Show this day in the Today page to read or change it (Enter)"));
    connect(m_open, &QPushButton::clicked, this, &HistoryPage::openSelected);
    m_delete = new BigButton(tr("Delete entry"));
    m_delete->setObjectName(u"deleteEntry"_s);
    m_delete->setToolTip(tr("Delete the chosen entry (Delete). Ctrl+Z brings it back."));
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);

    m_banner = new Banner;
    m_banner->setObjectName(u"historyBanner"_s);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(title);
    left->addWidget(m_calendar);
    left->addWidget(legend);
    left->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_monthTitle);
    right->addWidget(m_banner);
    right->addWidget(m_list, 1);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(24);
    layout->addLayout(left);
    layout->addLayout(right, 1);

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
    const QDate today = QDate::currentDate();
    showMonth(today.year(), today.month());
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
    if (store.lastError().isError())
        m_banner->showMessage(Banner::Kind::Error, tr("This month could not be read"),
                              store.lastError().message);
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
    const QDate keepDate = selectedEntry() ? selectedEntry()->date() : m_calendar->selectedDate();
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
        if (keepRow < 0 && entry.date() == keepDate)
            keepRow = m_list->count() - 1;
    }
    if (m_entries.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing logged in this month."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
        item->setSizeHint(QSize(0, rowHeight));
    }
    m_list->setCurrentRow(keepRow >= 0 ? keepRow : (m_entries.isEmpty() ? -1 : 0));
    updateButtons();
}

void HistoryPage::selectDay(QDate date)
{
    showMonth(date.year(), date.month());
    m_calendar->setSelectedDate(date);
    onDayClicked(date);
}

QDate HistoryPage::selectedDay() const
{
    if (const Entry *entry = selectedEntry())
        return entry->date();
    return m_calendar->selectedDate();
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
    const Entry removed = *entry;
    if (!m_editor.removeEntry(removed.date(), removed.author())) {
        m_banner->showMessage(Banner::Kind::Error, tr("Not deleted"), m_editor.errorString());
        return false;
    }
    const QString what = removed.author() == Author::Caregiver
                             ? tr("the caregiver entry of %1").arg(DayPicker::longDate(removed.date()))
                             : tr("the entry of %1").arg(DayPicker::longDate(removed.date()));
    m_banner->showMessage(Banner::Kind::Success, tr("Deleted %1").arg(what), tr("Ctrl+Z brings it back."));
    connect(m_banner->addAction(tr("Undo"), u"undoDelete"_s), &QPushButton::clicked, this, [this] {
        m_editor.undoStack()->undo();
        m_banner->hide();
    });
    return true;
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
