#pragma once

#include "model/Entry.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

class QLabel;
class QLayout;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QUndoCommand;

namespace nd {

class Banner;
class DiaryCalendar;
class DiaryEditor;

// The diary month by month: a calendar marking logged days (and days with flags),
// the month's entries in a list (caregiver entries say so), opening any day in the
// Today page, and deleting an entry with undo.
//
// Only the month on screen is read from the diary, so a ten-year diary opens as
// fast as a new one.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    // A delete this soon (ms) after the last one is taken for the second click of a shaky
    // double click, and ignored.
    static constexpr int kSecondClickGuardMs = 800;

    explicit HistoryPage(DiaryEditor &editor, QWidget *parent = nullptr);

    // Days on which the escalation rules raised a flag (set by the main window).
    void setFlagDays(const QSet<QDate> &days);

    void showMonth(int year, int month);
    void selectDay(QDate date);

    // The entries listed (the month on screen, newest first).
    QList<Entry> listedEntries() const { return m_entries; }
    const Entry *selectedEntry() const;

    bool deleteSelected();
    void openSelected();

    DiaryCalendar *calendar() const { return m_calendar; }
    QListWidget *list() const { return m_list; }
    Banner *banner() const { return m_banner; }

signals:
    void openEntryRequested(QDate date, nd::Author author);
    void logDayRequested(QDate date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildCalendarPane();
    QWidget *buildListPane();
    QLayout *buildButtons();
    void reloadMonth();
    void fillList();
    void onDayClicked(QDate date);
    void updateButtons();
    // Selects the entry of `date` by `author` in list and calendar (showing its month).
    void selectEntry(QDate date, Author author);
    // After an undo: the deleted entries that are back are selected and leave the banner.
    // Deletions whose step was dropped from the history are no longer undone, only saved back.
    void onHistoryChanged();
    void showDeletedBanner();

    DiaryEditor &m_editor;
    int m_year = 0;
    int m_month = 0;
    QList<Entry> m_entries;
    bool m_stale = true;
    // Deleted from this page and not brought back yet, the newest last: what Undo restores, in order.
    struct Deleted
    {
        Entry entry;
        const void *command = nullptr; // its step in the history, compared only; none once dropped
    };
    QList<Deleted> m_deleted;
    // A second click of a shaky double click must not delete another entry.
    QElapsedTimer m_sinceDelete;

    DiaryCalendar *m_calendar = nullptr;
    QLabel *m_monthTitle = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_delete = nullptr;
    Banner *m_banner = nullptr;
};

} // namespace nd
