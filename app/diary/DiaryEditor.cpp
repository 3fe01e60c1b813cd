#include "DiaryEditor.h"

#include "ChangeValueCommand.h"
#include "storage/DiaryStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace nd {

namespace {

// The steps' names on Edit > Undo/Redo (translated in the DiaryCommands context).
QString dayText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

DiaryEditor::DiaryEditor(DiaryStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DiaryEditor::historyChanged);
    rememberDiaryState();
}

void DiaryEditor::rememberDiaryState()
{
    if (!m_store.database().isOpen())
        return;
    m_seenSavedAt = m_store.lastSavedAt();
    m_seenCount = m_store.entryCount();
}

bool DiaryEditor::checkForOutsideChanges()
{
    if (!m_store.database().isOpen())
        return false;
    const QDateTime newest = m_store.lastSavedAt();
    const int count = m_store.entryCount();
    if (m_store.error().isError())
        return false; // e.g. locked for a moment: the next check sees it
    if (newest == m_seenSavedAt && count == m_seenCount)
        return false;
    const bool onlyAdded = m_seenSavedAt.isValid() && newest.isValid() && newest > m_seenSavedAt;
    QList<Entry> changed;
    if (onlyAdded)
        changed = m_store.entriesSavedSince(m_seenSavedAt.addMSecs(1));
    const int before = m_seenCount;
    rememberDiaryState();
    if (onlyAdded && !m_store.error().isError()) {
        for (const Entry &entry : std::as_const(changed))
            emit entryChangedElsewhere(entry.date(), entry.author());
    }
    // Fewer entries than saved since (a delete or a restore elsewhere): read everything again.
    if (!onlyAdded || count < before)
        emit entryChangedElsewhere({}, Author::Patient);
    emit diaryChanged();
    return true;
}

bool DiaryEditor::saveEntry(const Entry &entry)
{
    const std::optional<Entry> before = m_store.entry(entry.date(), entry.author());
    if (m_store.error().isError()) {
        m_error = m_store.errorString();
        return false;
    }
    return changeEntry(
        QCoreApplication::translate("DiaryCommands", "save the entry of %1").arg(dayText(entry.date())),
        before, entry);
}

bool DiaryEditor::removeEntry(QDate date, Author author)
{
    const std::optional<Entry> before = m_store.entry(date, author);
    if (!before) {
        m_error = m_store.error().isError() ? m_store.errorString()
                                            : tr("There is no entry for that day to delete.");
        return false;
    }
    return changeEntry(
        QCoreApplication::translate("DiaryCommands", "delete the entry of %1").arg(dayText(date)), before,
        std::nullopt);
}

bool DiaryEditor::changeEntry(const QString &text, const std::optional<Entry> &before,
                              const std::optional<Entry> &after)
{
    const QDate date = before ? before->date() : after->date();
    const Author author = before ? before->author() : after->author();
    return push(new ChangeValueCommand<std::optional<Entry>>(
        text, before, after, [this, date, author](const std::optional<Entry> &state) {
            return writeEntryState(date, author, state);
        }));
}

bool DiaryEditor::setBaseline(const std::optional<BaselinePeriod> &baseline)
{
    const std::optional<BaselinePeriod> before = m_store.baseline();
    const QString text = baseline ? QCoreApplication::translate("DiaryCommands", "set the baseline")
                                  : QCoreApplication::translate("DiaryCommands", "clear the baseline");
    return push(new ChangeValueCommand<std::optional<BaselinePeriod>>(
        text, before, baseline,
        [this](const std::optional<BaselinePeriod> &state) { return writeBaseline(state); }));
}

bool DiaryEditor::markDiscussed(const QList<FlagAcknowledgement> &marks)
{
    return changeMarks(QCoreApplication::translate("DiaryCommands", "mark as discussed with the care team"),
                       marks, marks);
}

bool DiaryEditor::unmarkDiscussed(const QList<FlagAcknowledgement> &flags)
{
    return changeMarks(QCoreApplication::translate("DiaryCommands", "remove the “discussed” mark"), flags,
                       {});
}

bool DiaryEditor::changeMarks(const QString &text, const QList<FlagAcknowledgement> &flags,
                              const QList<FlagAcknowledgement> &after)
{
    const QList<FlagAcknowledgement> stored = m_store.acknowledgements();
    if (m_store.error().isError()) {
        m_error = m_store.errorString();
        return false;
    }
    QList<FlagAcknowledgement> before;
    for (const FlagAcknowledgement &mark : stored)
        if (std::any_of(flags.cbegin(), flags.cend(), [&](const FlagAcknowledgement &flag) {
                return flag.flagDate == mark.flagDate && flag.rule == mark.rule &&
                       flag.subject == mark.subject;
            }))
            before.append(mark);
    return push(new ChangeValueCommand<QList<FlagAcknowledgement>>(
        text, before, after,
        [this, flags](const QList<FlagAcknowledgement> &state) { return writeMarks(flags, state); }));
}

bool DiaryEditor::push(QUndoCommand *change)
{
    m_writeFailed = false;
    const int steps = m_undoStack->count();
    m_undoStack->push(change);
    // A failed change is not pushed, but QUndoStack::push has dropped the steps that could be
    // redone all the same, without a signal.
    if (m_writeFailed && m_undoStack->count() != steps)
        emit historyChanged();
    return !m_writeFailed;
}

void DiaryEditor::undo()
{
    step(false);
}

void DiaryEditor::redo()
{
    step(true);
}

void DiaryEditor::step(bool forward)
{
    m_writeFailed = false;
    if (forward)
        m_undoStack->redo();
    else
        m_undoStack->undo();
    if (!m_writeFailed)
        return;
    // The step is dropped; QUndoStack::redo() does that without a signal.
    emit historyChanged();
    emit commandFailed(tr("That could not be undone or redone: %1").arg(m_error));
}

void DiaryEditor::diaryReplaced()
{
    m_undoStack->clear();
    emit diaryChanged();
}

QAction *DiaryEditor::createUndoAction(QObject *parent, const QString &prefix)
{
    return createStepAction(parent, prefix, false);
}

QAction *DiaryEditor::createRedoAction(QObject *parent, const QString &prefix)
{
    return createStepAction(parent, prefix, true);
}

QAction *DiaryEditor::createStepAction(QObject *parent, const QString &prefix, bool forward)
{
    auto *action = new QAction(parent);
    const auto update = [this, action, prefix, forward] {
        const QString step = forward ? m_undoStack->redoText() : m_undoStack->undoText();
        action->setEnabled(forward ? m_undoStack->canRedo() : m_undoStack->canUndo());
        action->setText(step.isEmpty() ? prefix : prefix + u' ' + step);
    };
    update();
    connect(this, &DiaryEditor::historyChanged, action, update);
    connect(action, &QAction::triggered, this, forward ? &DiaryEditor::redo : &DiaryEditor::undo);
    return action;
}

bool DiaryEditor::writeEntryState(QDate date, Author author, const std::optional<Entry> &entry)
{
    const bool ok = entry ? m_store.saveEntry(*entry) : m_store.removeEntry(date, author);
    if (!ok) {
        m_error = m_store.errorString();
        m_writeFailed = true;
        return false;
    }
    m_error.clear();
    rememberDiaryState();
    emit entryChanged(date, author);
    emit diaryChanged();
    return true;
}

bool DiaryEditor::writeBaseline(const std::optional<BaselinePeriod> &baseline)
{
    return concludeWrite(baseline ? m_store.setBaseline(*baseline) : m_store.clearBaseline());
}

bool DiaryEditor::writeMarks(const QList<FlagAcknowledgement> &flags, const QList<FlagAcknowledgement> &marks)
{
    // One transaction: a line's flags are marked (or unmarked) as a whole or not at all.
    const bool ok = m_store.inTransaction([&] {
        for (const FlagAcknowledgement &flag : flags)
            if (!m_store.removeAcknowledgement(flag.flagDate, flag.rule, flag.subject))
                return false;
        for (const FlagAcknowledgement &mark : marks)
            if (!m_store.acknowledge(mark))
                return false;
        return true;
    });
    return concludeWrite(ok);
}

bool DiaryEditor::concludeWrite(bool ok)
{
    if (!ok) {
        m_error = m_store.errorString();
        m_writeFailed = true;
        return false;
    }
    m_error.clear();
    emit diaryChanged();
    return true;
}

} // namespace nd
