#include "DiaryEditor.h"

#include "DiaryCommands.h"
#include "storage/DiaryStore.h"

#include <QUndoStack>

namespace nd {

DiaryEditor::DiaryEditor(DiaryStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_undoStack(new QUndoStack(this))
{
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
    if (m_store.lastError().isError())
        return false; // e.g. locked for a moment: the next check sees it
    if (newest == m_seenSavedAt && count == m_seenCount)
        return false;
    const bool onlyAdded = m_seenSavedAt.isValid() && newest.isValid() && newest > m_seenSavedAt;
    QList<Entry> changed;
    if (onlyAdded)
        changed = m_store.entriesSavedSince(m_seenSavedAt.addMSecs(1));
    const int before = m_seenCount;
    rememberDiaryState();
    if (onlyAdded && !m_store.lastError().isError()) {
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
    if (m_store.lastError().isError()) {
        m_error = m_store.lastError().message;
        return false;
    }
    if (!writeEntryState(entry.date(), entry.author(), entry))
        return false;
    m_undoStack->push(new SaveEntryCommand(*this, before, entry));
    return true;
}

bool DiaryEditor::removeEntry(QDate date, Author author)
{
    const std::optional<Entry> before = m_store.entry(date, author);
    if (!before) {
        m_error = m_store.lastError().isError() ? m_store.lastError().message
                                                : tr("There is no entry for that day to delete.");
        return false;
    }
    if (!writeEntryState(date, author, std::nullopt))
        return false;
    m_undoStack->push(new RemoveEntryCommand(*this, *before));
    return true;
}

bool DiaryEditor::setBaseline(const std::optional<BaselinePeriod> &baseline)
{
    const std::optional<BaselinePeriod> before = m_store.baseline();
    if (!writeBaseline(baseline))
        return false;
    m_undoStack->push(new SetBaselineCommand(*this, before, baseline));
    return true;
}

bool DiaryEditor::writeEntryState(QDate date, Author author, const std::optional<Entry> &entry)
{
    const bool ok = entry ? m_store.saveEntry(*entry) : m_store.removeEntry(date, author);
    if (!ok) {
        m_error = m_store.lastError().message;
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
    const bool ok = baseline ? m_store.setBaseline(*baseline) : m_store.clearBaseline();
    if (!ok) {
        m_error = m_store.lastError().message;
        return false;
    }
    m_error.clear();
    emit baselineChanged();
    emit diaryChanged();
    return true;
}

void DiaryEditor::reportCommandFailure()
{
    emit commandFailed(tr("That could not be undone or redone: %1").arg(m_error));
}

} // namespace nd
