#include "FieldLabel.h"

#include <QEvent>
#include <QPainter>

namespace nd {

FieldLabel::FieldLabel(const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent), m_title(title), m_hint(hint)
{
    setAccessibleName(hint.isEmpty() ? title : title + QStringLiteral(", ") + hint);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QFont FieldLabel::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QSize FieldLabel::sizeHint() const
{
    const QFontMetrics title(titleFont());
    const QFontMetrics plain = fontMetrics();
    const int width = std::max(
        {title.horizontalAdvance(m_title), plain.horizontalAdvance(m_hint), plain.averageCharWidth() * 22});
    const int height = title.height() + (m_hint.isEmpty() ? 0 : plain.height());
    return QSize(width + 4, height + 4);
}

void FieldLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics title(titleFont());
    const int lines = title.height() + (m_hint.isEmpty() ? 0 : fontMetrics().height());
    int y = (height() - lines) / 2;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(titleFont());
    painter.drawText(QRect(0, y, width(), title.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (!m_hint.isEmpty()) {
        y += title.height();
        painter.setFont(font());
        painter.drawText(QRect(0, y, width(), fontMetrics().height()), Qt::AlignLeft | Qt::AlignVCenter,
                         m_hint);
    }
}

void FieldLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace nd
