#pragma once

#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QUndoStack;

namespace nd {

class DiaryStore;

// Every change the window makes to the diary goes through here, as an undoable
// command on one QUndoStack (Edit > Undo, Ctrl+Z): saving and deleting entries,
// setting the baseline. Pages listen to the signals to refresh what they show.
//
// A change is written first; only when the write succeeded is the command pushed,
// so the undo history never holds something that did not happen.
class DiaryEditor : public QObject
{
    Q_OBJECT

public:
    explicit DiaryEditor(DiaryStore &store, QObject *parent = nullptr);

    DiaryStore &store() { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Each returns false when nothing was written; errorString() says why in plain words.
    bool saveEntry(const Entry &entry);
    bool removeEntry(QDate date, Author author);
    bool setBaseline(const std::optional<BaselinePeriod> &baseline);
    QString errorString() const { return m_error; }

    // Other programs (import-csv, a restore) may write while the window is open. This cheap
    // check (max(saved_at) through its index, and the number of entries) runs when the window
    // is activated and before every save; what changed is announced with entryChangedElsewhere
    // and diaryChanged. True when something had changed.
    bool checkForOutsideChanges();

    // --- for the commands only: write a state without pushing anything ---
    bool writeEntryState(QDate date, Author author, const std::optional<Entry> &entry);
    bool writeBaseline(const std::optional<BaselinePeriod> &baseline);
    void reportCommandFailure(); // an undo or redo could not be written

signals:
    void entryChanged(QDate date, nd::Author author);
    // Another program saved this entry (or, with an invalid date, changed the diary in ways
    // that cannot be told entry by entry: everything shown should be read again).
    void entryChangedElsewhere(QDate date, nd::Author author);
    void baselineChanged();
    // Something in the diary changed (entries, baseline): derived views recompute.
    void diaryChanged();
    // An undo or redo could not be written (disk full, diary locked).
    void commandFailed(const QString &message);

private:
    DiaryStore &m_store;
    QUndoStack *m_undoStack = nullptr;
    void rememberDiaryState();

    QString m_error;
    QDateTime m_seenSavedAt; // the newest saved_at the window knows about
    int m_seenCount = -1;    // how many entries the diary held then
};

} // namespace nd
