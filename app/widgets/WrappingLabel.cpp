#include "WrappingLabel.h"

#include <QEvent>

namespace nd {

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

void WrappingLabel::checkMeasuredKey() const
{
    const QMargins margins = contentsMargins();
    const QString key = QString::number(int(textFormat())) + u'|' + QString::number(margin()) + u'|' +
                        QString::number(indent()) + u'|' + QString::number(margins.left() + margins.right()) +
                        u'|' + QString::number(margins.top() + margins.bottom()) + u'|' +
                        QString::number(wordWrap()) + u'|' +
                        QString::number(int(sizePolicy().horizontalPolicy())) + u'|' + text();
    if (key == m_measuredKey)
        return;
    m_measuredKey = key;
    m_heights.clear();
    m_sizeHint = m_minimumSizeHint = QSize();
}

QSize WrappingLabel::sizeHint() const
{
    checkMeasuredKey();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    checkMeasuredKey();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

int WrappingLabel::heightForWidth(int width) const
{
    checkMeasuredKey();
    if (const auto found = m_heights.constFind(width); found != m_heights.constEnd())
        return *found;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_measuredKey.clear();
        m_heights.clear();
        m_sizeHint = m_minimumSizeHint = QSize();
    }
    QLabel::changeEvent(event);
}

} // namespace nd
