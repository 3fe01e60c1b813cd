#include "SideBySide.h"

#include <QBoxLayout>
#include <QResizeEvent>

#include <algorithm>

namespace nd {

SideBySide::SideBySide(QWidget *first, QWidget *second, int secondMinimumWidth, QWidget *parent)
    : QWidget(parent), m_first(first), m_second(second), m_secondMinimumWidth(secondMinimumWidth)
{
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(first);
    m_layout->addWidget(second, 1);
}

void SideBySide::setSpacing(int spacing)
{
    m_layout->setSpacing(spacing);
}

QSize SideBySide::minimumSizeHint() const
{
    const QSize first = m_first->minimumSizeHint().expandedTo(m_first->minimumSize());
    const QSize second = m_second->minimumSizeHint().expandedTo(m_second->minimumSize());
    return QSize(std::max(first.width(), second.width()),
                 first.height() + m_layout->spacing() + second.height());
}

void SideBySide::arrangeFor(int width)
{
    const int sideBySide = m_first->sizeHint().width() + m_layout->spacing() +
                           std::max(m_secondMinimumWidth, m_second->minimumSizeHint().width());
    const QBoxLayout::Direction direction =
        width >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction != m_layout->direction())
        m_layout->setDirection(direction);
}

void SideBySide::resizeEvent(QResizeEvent *event)
{
    arrangeFor(event->size().width());
    QWidget::resizeEvent(event);
}

} // namespace nd
