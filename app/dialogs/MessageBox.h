#pragma once

#include <QList>
#include <QMessageBox>

namespace nd {

// Every question and message box of the window goes through here, so tests can
// answer in advance instead of blocking on a modal dialog (the pattern of
// KeePassXC's gui/MessageBox). Buttons are made big enough for numb fingertips.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton, const QString &informativeText = {});
    // Save / Discard / Cancel for unsaved changes.
    static Button askToSave(QWidget *parent, const QString &text);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);

    // --- for tests ---
    // The next boxes return these answers (in order) without being shown.
    static void setNextAnswers(const QList<Button> &answers);
    static void setNextAnswer(Button answer) { setNextAnswers({answer}); }
    // When true, a box with no preset answer returns its default button instead of
    // blocking (set by tests, so a forgotten answer fails an assertion, not the run).
    static void setNeverBlock(bool neverBlock);
    // The text of the last box asked (answered or shown).
    static QString lastText();
    static int askedCount();
};

} // namespace nd
