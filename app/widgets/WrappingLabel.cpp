#include "WrappingLabel.h"

#include <QEvent>

namespace nd {

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

QString WrappingLabel::measuredKey() const
{
    const QMargins margins = contentsMargins();
    return QString::number(int(textFormat())) + u'|' + QString::number(margin()) + u'|' +
           QString::number(indent()) + u'|' + QString::number(margins.left() + margins.right()) + u'|' +
           QString::number(margins.top() + margins.bottom()) + u'|' + QString::number(wordWrap()) + u'|' +
           text();
}

int WrappingLabel::heightForWidth(int width) const
{
    const QString key = measuredKey();
    if (key != m_heightsKey) {
        m_heights.clear();
        m_heightsKey = key;
    }
    if (const auto found = m_heights.constFind(width); found != m_heights.constEnd())
        return *found;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace nd
