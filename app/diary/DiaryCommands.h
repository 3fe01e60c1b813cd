#pragma once

#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QUndoCommand>

#include <optional>

namespace nd {

class DiaryEditor;

// The undoable diary changes. Each is pushed after its change was written, so the
// first redo() (which QUndoStack::push calls) does nothing.

// Saving an entry: undo puts back the entry that was there before (or none).
class SaveEntryCommand : public QUndoCommand
{
public:
    SaveEntryCommand(DiaryEditor &editor, std::optional<Entry> before, Entry after);
    void undo() override;
    void redo() override;

private:
    DiaryEditor &m_editor;
    std::optional<Entry> m_before;
    Entry m_after;
    bool m_skipRedo = true;
};

// Deleting an entry: undo writes it back unchanged.
class RemoveEntryCommand : public QUndoCommand
{
public:
    RemoveEntryCommand(DiaryEditor &editor, Entry removed);
    void undo() override;
    void redo() override;

private:
    DiaryEditor &m_editor;
    Entry m_removed;
    bool m_skipRedo = true;
};

// Setting (or clearing) the baseline period.
class SetBaselineCommand : public QUndoCommand
{
public:
    SetBaselineCommand(DiaryEditor &editor, std::optional<BaselinePeriod> before,
                       std::optional<BaselinePeriod> after);
    void undo() override;
    void redo() override;

private:
    DiaryEditor &m_editor;
    std::optional<BaselinePeriod> m_before;
    std::optional<BaselinePeriod> m_after;
    bool m_skipRedo = true;
};

} // namespace nd
