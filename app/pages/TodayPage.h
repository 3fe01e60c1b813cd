#pragma once

#include "guide/UrgentAdvice.h"

#include "diary/DraftStore.h"
#include "model/Entry.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace nd {

class Banner;
class Clock;
class DayPicker;
class DiaryEditor;
class EntryForm;

// Logging one day: the entry form for a date and an author, one Save (Ctrl+S)
// with a clear confirmation, "same as last entry", a draft that survives restarts,
// a question before unsaved changes would be lost, and a prominent "get help now"
// when a warning sign is marked.
//
// "Today" is the diary day (Clock::diaryDay with the day-start hour), so an entry
// written at 1 am still belongs to the evening before.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    TodayPage(DiaryEditor &editor, const DraftStore &drafts, const Clock &clock, QWidget *parent = nullptr);
    ~TodayPage() override;

    // --- settings ---
    void setDayStartHour(int hour);
    int dayStartHour() const { return m_dayStartHour; }
    void setCaregiverName(const QString &name);
    // Who to call, shown first in the banner when a warning sign is marked.
    void setUrgentContacts(const UrgentAdvice::Contacts &contacts);

    // --- what is shown ---
    QDate diaryToday() const;
    QDate date() const { return m_date; }
    Author author() const { return m_author; }
    Entry currentEntry() const;
    bool isDirty() const;
    bool hasStoredEntry() const { return m_stored.has_value(); }

    // Opens the draft left by the last session when there is one, else today.
    void restoreDraftOrOpenToday();

    // --- navigation: each asks about unsaved changes; false when the user cancelled ---
    bool openDay(QDate date);
    bool setAuthor(Author author);
    bool confirmLeave();

    // --- actions ---
    bool save();
    int sameAsLastEntry();
    void discardChanges();
    void flushDraft();
    // Puts the keyboard on the first question, so logging can start at once.
    void focusFirstQuestion();
    // "I have a warning sign": scrolls to the warning signs and puts the keyboard on the first.
    void goToWarningSigns();

    QAction *saveAction() const { return m_saveAction; }
    EntryForm *form() const { return m_form; }
    DayPicker *dayPicker() const { return m_dayPicker; }
    Banner *messageBanner() const { return m_message; }
    Banner *urgentBanner() const { return m_urgent; }

signals:
    void statusMessage(const QString &text);
    void dirtyChanged(bool dirty);
    // A restored draft was written by the other author: the switch should follow.
    void authorRestored(nd::Author author);
    // The page's own urgent banner (signs marked on the form) appeared or went away.
    void urgentBannerShown(bool shown);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildHeader();
    void placeHeader();
    void load(QDate date, Author author);
    void onEdited();
    void onEntryChanged(QDate date, Author author);
    void onEntryChangedElsewhere(QDate date, Author author);
    bool confirmOverwriteOutsideChange(const Entry &mine);
    std::optional<Entry> lastEntryBefore(QDate date) const;
    void updateState();
    void updateUrgentBanner();
    void showSaveFailure();
    QString dayAndAuthorText() const;

    DiaryEditor &m_editor;
    DraftStore m_drafts;
    const Clock &m_clock;
    int m_dayStartHour = 4;
    QString m_caregiverName;
    UrgentAdvice::Contacts m_contacts;

    QDate m_date;
    Author m_author = Author::Patient;
    std::optional<Entry> m_stored; // what the diary holds for (m_date, m_author)
    bool m_followsToday = true;
    bool m_wasDirty = false;

    QTimer *m_draftTimer = nullptr;
    QAction *m_saveAction = nullptr;
    QWidget *m_header = nullptr; // day, Save, warning-sign button, who and whether saved
    bool m_headerScrolls = false;
    DayPicker *m_dayPicker = nullptr;
    QLabel *m_loggingAs = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_sameAsLast = nullptr;
    QPushButton *m_saveTop = nullptr;
    QPushButton *m_warningJump = nullptr;
    QPushButton *m_saveBottom = nullptr;
    Banner *m_urgent = nullptr;
    Banner *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    EntryForm *m_form = nullptr;
};

} // namespace nd
