#include "MessageBox.h"

#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>

namespace nd {

namespace {

struct State
{
    QList<MessageBox::Button> nextAnswers;
    bool neverBlock = false;
    QString lastText;
    int asked = 0;
};

State &state()
{
    static State s;
    return s;
}

} // namespace

MessageBox::Button MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                   const QString &text, Buttons buttons, Button defaultButton,
                                   const QString &informativeText)
{
    State &s = state();
    s.lastText = text;
    ++s.asked;
    if (!s.nextAnswers.isEmpty())
        return s.nextAnswers.takeFirst();
    if (s.neverBlock)
        return defaultButton;

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setInformativeText(informativeText);
    box.setTextFormat(Qt::PlainText);
    for (QAbstractButton *button : box.buttons()) {
        button->setMinimumHeight(Theme::targetSize(button));
        button->setMinimumWidth(Theme::targetSize(button) * 2);
    }
    return Button(box.exec());
}

MessageBox::Button MessageBox::askToSave(QWidget *parent, const QString &text)
{
    return ask(parent, QMessageBox::Question, QApplication::translate("MessageBox", "Unsaved changes"), text,
               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warn(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswers(const QList<Button> &answers)
{
    state().nextAnswers = answers;
}

void MessageBox::setNeverBlock(bool neverBlock)
{
    state().neverBlock = neverBlock;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

int MessageBox::askedCount()
{
    return state().asked;
}

} // namespace nd
