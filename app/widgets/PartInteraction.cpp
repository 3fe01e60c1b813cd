#include "PartInteraction.h"

#include "AccessibleParts.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWidget>

namespace nd {

PartInteraction::PartInteraction(QWidget *control, AccessibleParts &parts)
    : QObject(control), m_control(control), m_parts(parts)
{
    AccessibleParts::installFactory();
    control->setFocusPolicy(Qt::StrongFocus);
    control->setMouseTracking(true);
    control->installEventFilter(this);
}

bool PartInteraction::isShortcutKey(const QKeyEvent *event)
{
    return event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
}

void PartInteraction::setHovered(int part)
{
    if (part == m_hovered)
        return;
    m_hovered = part;
    m_control->update();
    emit hoveredChanged(part);
}

bool PartInteraction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_control)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_pressed = m_parts.partAt(mouse->position().toPoint());
        m_control->update();
        emit pressStarted(m_pressed);
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        const int pressed = m_pressed;
        m_pressed = -1;
        if (pressed >= 0 && m_control->rect().contains(mouse->position().toPoint()))
            m_parts.activatePart(pressed);
        m_control->update();
        return true;
    }
    case QEvent::MouseMove:
        setHovered(m_parts.partAt(static_cast<QMouseEvent *>(event)->position().toPoint()));
        return false;
    case QEvent::Leave:
        setHovered(-1);
        return false;
    case QEvent::KeyPress:
        if (!isShortcutKey(static_cast<QKeyEvent *>(event)))
            return false;
        event->ignore(); // on to the parent, as QWidget::keyPressEvent does
        return true;
    default:
        return false;
    }
}

} // namespace nd
