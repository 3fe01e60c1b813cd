#include "BigButton.h"

#include "Theme.h"

#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QStyleOptionButton>

namespace nd {

namespace {
constexpr int kRing = 4; // room kept around the body for the focus ring
constexpr qreal kRadius = 8.0;
} // namespace

BigButton::BigButton(const QString &text, Look look, QWidget *parent)
    : QPushButton(text, parent), m_look(look)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    if (look == Look::Header)
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QFont BigButton::textFont() const
{
    QFont f = font();
    if (m_look == Look::Primary)
        f.setBold(true);
    return f;
}

QSize BigButton::sizeHint() const
{
    const QString key = QString::number(icon().isNull() ? -1 : iconSize().width()) + u'|' +
                        QString::number(menu() != nullptr) + u'|' + QString::number(int(m_look)) + u'|' +
                        text();
    if (m_hint.isValid() && key == m_hintKey)
        return m_hint;
    m_hintKey = key;
    const QFontMetrics metrics(textFont());
    const int pad = metrics.height();
    int width = metrics.horizontalAdvance(text()) + 2 * pad;
    if (!icon().isNull())
        width += iconSize().width() + pad / 2;
    if (menu())
        width += pad;
    const int target = Theme::targetSize(metrics);
    m_hint = QSize(std::max(target, width) + 2 * kRing, std::max(target, metrics.height() * 2) + 2 * kRing);
    return m_hint;
}

QSize BigButton::minimumSizeHint() const
{
    return sizeHint();
}

void BigButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_hint = QSize();
        updateGeometry();
    }
    QPushButton::changeEvent(event);
}

void BigButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF body = QRectF(rect()).adjusted(kRing + 0.5, kRing + 0.5, -kRing - 0.5, -kRing - 0.5);
    const bool enabled = isEnabled();
    const bool hovered = enabled && underMouse();
    const bool down = isDown() || (isCheckable() && isChecked());

    QColor fill;
    QColor ink = pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText);
    QPen border(Theme::outlineColor(pal), 1.0);
    switch (m_look) {
    case Look::Primary:
        if (enabled) {
            fill = pal.color(QPalette::Highlight);
            if (hovered || down)
                fill = Theme::mix(fill, pal.color(QPalette::Text), down ? 0.25 : 0.12);
            ink = pal.color(QPalette::HighlightedText);
            border = QPen(fill, 1.0);
        } else {
            fill = Theme::segmentColor(pal);
        }
        break;
    case Look::Normal:
        fill = down ? Theme::segmentFillColor(pal)
                    : (hovered ? Theme::segmentHoverColor(pal) : Theme::segmentColor(pal));
        break;
    case Look::Header:
        fill = down || hovered ? Theme::segmentHoverColor(pal) : QColor(Qt::transparent);
        border = Qt::NoPen;
        ink = pal.color(QPalette::WindowText);
        break;
    }
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(body, kRadius, kRadius);

    // Content: icon, then text; headers align left, others centre.
    const QFontMetrics metrics(textFont());
    const int pad = metrics.height() / 2 + 4;
    QRectF content = body.adjusted(pad, 0, -pad, 0);
    if (menu())
        content.adjust(0, 0, -metrics.height() * 0.8, 0);
    const QSize iconSz = icon().isNull() ? QSize() : iconSize();
    const qreal textWidth = metrics.horizontalAdvance(text());
    const qreal total = textWidth + (iconSz.isValid() ? iconSz.width() + pad / 2.0 : 0);
    qreal x = m_look == Look::Header ? content.left() : content.center().x() - total / 2;
    if (iconSz.isValid()) {
        const QPixmap pixmap =
            icon().pixmap(iconSz, devicePixelRatioF(), enabled ? QIcon::Normal : QIcon::Disabled);
        painter.drawPixmap(QPointF(x, content.center().y() - iconSz.height() / 2.0), pixmap);
        x += iconSz.width() + pad / 2.0;
    }
    painter.setFont(textFont());
    painter.setPen(ink);
    painter.drawText(QRectF(x, content.top(), content.right() - x + 1, content.height()),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text());
    if (menu()) {
        // A small open chevron: this button opens a list.
        const qreal s = metrics.height() * 0.3;
        const QPointF c(body.right() - pad - s, body.center().y());
        painter.setPen(QPen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(
            QPolygonF{c + QPointF(-s, -s / 2), c + QPointF(0, s / 2), c + QPointF(s, -s / 2)});
    }

    if (hasFocus())
        Theme::paintFocusRing(painter, QRectF(rect()), kRadius + kRing, pal);
}

} // namespace nd
