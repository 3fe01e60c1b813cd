#pragma once

#include "model/DiaryProfile.h"
#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QAction;
class QUndoCommand;
class QUndoStack;

namespace nd {

class DiaryStore;

// Every change the window makes to the diary goes through here, as an undoable
// command on one QUndoStack (Edit > Undo, Ctrl+Z): saving and deleting entries,
// setting the baseline, marking flags as discussed with the care team. Pages listen to the
// signals to refresh what they show.
//
// Each change is a command whose first redo() writes it (Tiled's way); a write that fails, at
// the change or at an undo or redo, drops the command, so the history never holds something
// that did not happen and Undo/Redo always name a step that can be taken.
class DiaryEditor : public QObject
{
    Q_OBJECT

public:
    explicit DiaryEditor(DiaryStore &store, QObject *parent = nullptr);

    DiaryStore &store() { return m_store; }
    // What can be undone and redone (read only: the steps go through undo() and redo()).
    const QUndoStack *undoStack() const { return m_undoStack; }
    // Edit > Undo and Redo: enabled while there is a step, named after it ("&Undo save the
    // entry of 3/12/26"), and taken through undo() and redo().
    QAction *createUndoAction(QObject *parent, const QString &prefix);
    QAction *createRedoAction(QObject *parent, const QString &prefix);

    // Each returns false when nothing was written; errorString() says why in plain words.
    bool saveEntry(const Entry &entry);
    bool removeEntry(QDate date, Author author);
    bool setBaseline(const std::optional<BaselinePeriod> &baseline);
    // Marks flags as discussed with the care team: each mark holds a flag's date, rule id and
    // subject, with the day and the note. All are written or none; one step to undo.
    bool markDiscussed(const QList<FlagAcknowledgement> &marks);
    // Removes the "discussed" mark of these flags (only their date, rule id and subject are
    // read). All or none; one step to undo, which brings back each mark as it was.
    bool unmarkDiscussed(const QList<FlagAcknowledgement> &flags);
    QString errorString() const { return m_error; }

    // Other programs (import-csv, a restore) may write while the window is open. This cheap
    // check (max(saved_at) through its index, and the number of entries) runs when the window
    // is activated and before every save; what changed is announced with entryChangedElsewhere
    // and diaryChanged. True when something had changed.
    bool checkForOutsideChanges();

    // The whole diary was replaced underneath (a backup brought back): the undo steps refer to
    // the diary as it was and are dropped, and everything shown is read again.
    void diaryReplaced();

public slots:
    // A step that cannot be written is dropped from the history and reported with commandFailed.
    void undo();
    void redo();

signals:
    void entryChanged(QDate date, nd::Author author);
    // Another program saved this entry (or, with an invalid date, changed the diary in ways
    // that cannot be told entry by entry: everything shown should be read again).
    void entryChangedElsewhere(QDate date, nd::Author author);
    // Something in the diary changed (entries, baseline): derived views recompute.
    void diaryChanged();
    // An undo or redo could not be written (disk full, diary locked).
    void commandFailed(const QString &message);
    // What undoStack() can undo or redo changed.
    void historyChanged();

private:
    // Pushes a change; its first redo() writes it. False when the write failed (nothing pushed).
    bool push(QUndoCommand *change);
    // The entry of one day and author goes from `before` to `after` (either may be none).
    bool changeEntry(const QString &text, const std::optional<Entry> &before,
                     const std::optional<Entry> &after);
    // Undo (forward false) or redo one step.
    void step(bool forward);
    QAction *createStepAction(QObject *parent, const QString &prefix, bool forward);
    bool writeEntryState(QDate date, Author author, const std::optional<Entry> &entry);
    bool writeBaseline(const std::optional<BaselinePeriod> &baseline);
    // The marks of `flags` go from what the diary holds to `after` (some of the same flags).
    bool changeMarks(const QString &text, const QList<FlagAcknowledgement> &flags,
                     const QList<FlagAcknowledgement> &after);
    // In one transaction: the marks of `flags` become exactly `marks`.
    bool writeMarks(const QList<FlagAcknowledgement> &flags, const QList<FlagAcknowledgement> &marks);
    // After a write of the baseline or the marks: keeps why it failed, or announces the change.
    bool concludeWrite(bool ok);
    void rememberDiaryState();

    DiaryStore &m_store;
    QUndoStack *m_undoStack = nullptr;
    bool m_writeFailed = false; // set by the write functions, read after a push, undo or redo

    QString m_error;
    QDateTime m_seenSavedAt; // the newest saved_at the window knows about
    int m_seenCount = -1;    // how many entries the diary held then
};

} // namespace nd
