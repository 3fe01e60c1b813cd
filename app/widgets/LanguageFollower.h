#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace nd {

// Calls `retranslate` whenever the language of `widget` changes (QEvent::LanguageChange),
// so a widget that sets its texts in one function needs no changeEvent of its own.
// Owned by the widget.
class LanguageFollower : public QObject
{
public:
    static void follow(QWidget *widget, std::function<void()> retranslate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LanguageFollower(QWidget *widget, std::function<void()> retranslate);

    std::function<void()> m_retranslate;
};

} // namespace nd
