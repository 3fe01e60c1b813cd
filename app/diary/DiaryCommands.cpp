#include "DiaryCommands.h"

#include "DiaryEditor.h"

#include <QCoreApplication>
#include <QLocale>

namespace nd {

namespace {

QString dayText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

SaveEntryCommand::SaveEntryCommand(DiaryEditor &editor, std::optional<Entry> before, Entry after)
    : m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{
    setText(
        QCoreApplication::translate("DiaryCommands", "save the entry of %1").arg(dayText(m_after.date())));
}

void SaveEntryCommand::undo()
{
    if (!m_editor.writeEntryState(m_after.date(), m_after.author(), m_before))
        m_editor.reportCommandFailure();
}

void SaveEntryCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false; // the first redo is the save that already happened
        return;
    }
    if (!m_editor.writeEntryState(m_after.date(), m_after.author(), m_after))
        m_editor.reportCommandFailure();
}

RemoveEntryCommand::RemoveEntryCommand(DiaryEditor &editor, Entry removed)
    : m_editor(editor), m_removed(std::move(removed))
{
    setText(QCoreApplication::translate("DiaryCommands", "delete the entry of %1")
                .arg(dayText(m_removed.date())));
}

void RemoveEntryCommand::undo()
{
    if (!m_editor.writeEntryState(m_removed.date(), m_removed.author(), m_removed))
        m_editor.reportCommandFailure();
}

void RemoveEntryCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_editor.writeEntryState(m_removed.date(), m_removed.author(), std::nullopt))
        m_editor.reportCommandFailure();
}

SetBaselineCommand::SetBaselineCommand(DiaryEditor &editor, std::optional<BaselinePeriod> before,
                                       std::optional<BaselinePeriod> after)
    : m_editor(editor), m_before(before), m_after(after)
{
    setText(m_after ? QCoreApplication::translate("DiaryCommands", "set the baseline")
                    : QCoreApplication::translate("DiaryCommands", "clear the baseline"));
}

void SetBaselineCommand::undo()
{
    if (!m_editor.writeBaseline(m_before))
        m_editor.reportCommandFailure();
}

void SetBaselineCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_editor.writeBaseline(m_after))
        m_editor.reportCommandFailure();
}

} // namespace nd
