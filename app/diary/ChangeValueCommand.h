#pragma once

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace nd {

// One undoable change of one value in the diary (the shape of Tiled's ChangeValue): redo()
// writes the new value, undo() the old one, both through the same write function. The first
// redo() is the change itself (QUndoStack::push calls it). A write that fails marks the command
// obsolete, so QUndoStack drops it: the history never offers a step the diary does not hold.
template<typename Value> class ChangeValueCommand : public QUndoCommand
{
public:
    using Write = std::function<bool(const Value &)>;

    ChangeValueCommand(const QString &text, Value before, Value after, Write write)
        : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
          m_write(std::move(write))
    {}

    void undo() override { write(m_before); }
    void redo() override { write(m_after); }

private:
    void write(const Value &value)
    {
        if (!m_write(value))
            setObsolete(true);
    }

    Value m_before;
    Value m_after;
    Write m_write;
};

} // namespace nd
