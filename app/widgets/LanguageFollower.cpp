#include "LanguageFollower.h"

#include <QEvent>
#include <QWidget>

namespace nd {

LanguageFollower::LanguageFollower(QWidget *widget, std::function<void()> retranslate)
    : QObject(widget), m_retranslate(std::move(retranslate))
{
    widget->installEventFilter(this);
}

void LanguageFollower::follow(QWidget *widget, std::function<void()> retranslate)
{
    new LanguageFollower(widget, std::move(retranslate));
}

bool LanguageFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        m_retranslate();
    return false;
}

} // namespace nd
