#include "Banner.h"

#include "BigButton.h"
#include "Theme.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// A shape per kind, so the kind reads without colour: i in a circle, a tick,
// a cross, an exclamation mark in a triangle.
QPixmap kindIcon(Banner::Kind kind, int size, const QColor &color, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = size;
    const qreal line = std::max(2.0, w / 11);
    p.setPen(QPen(color, line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case Banner::Kind::Info:
        p.drawEllipse(QRectF(line, line, w - 2 * line, w - 2 * line));
        p.drawLine(QPointF(w / 2, w * 0.45), QPointF(w / 2, w * 0.72));
        p.drawPoint(QPointF(w / 2, w * 0.3));
        break;
    case Banner::Kind::Success:
        p.drawEllipse(QRectF(line, line, w - 2 * line, w - 2 * line));
        p.drawPolyline(
            QPolygonF{QPointF(w * 0.3, w * 0.52), QPointF(w * 0.45, w * 0.67), QPointF(w * 0.72, w * 0.36)});
        break;
    case Banner::Kind::Error:
        p.drawEllipse(QRectF(line, line, w - 2 * line, w - 2 * line));
        p.drawLine(QPointF(w * 0.35, w * 0.35), QPointF(w * 0.65, w * 0.65));
        p.drawLine(QPointF(w * 0.65, w * 0.35), QPointF(w * 0.35, w * 0.65));
        break;
    case Banner::Kind::Urgent: {
        QPainterPath triangle;
        triangle.moveTo(w / 2, line);
        triangle.lineTo(w - line, w - line);
        triangle.lineTo(line, w - line);
        triangle.closeSubpath();
        p.setBrush(color);
        p.drawPath(triangle);
        p.setPen(QPen(Qt::transparent));
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.setBrush(Qt::black);
        p.drawRect(QRectF(w / 2 - line / 2, w * 0.38, line, w * 0.3));
        p.drawEllipse(QPointF(w / 2, w * 0.79), line * 0.6, line * 0.6);
        break;
    }
    }
    return pixmap;
}

} // namespace

Banner::Banner(QWidget *parent) : QWidget(parent)
{
    m_icon = new QLabel;
    m_icon->setAlignment(Qt::AlignTop);
    m_title = new QLabel;
    m_title->setObjectName(u"bannerTitle"_s);
    Theme::setRelativeFont(m_title, 1.2, true);
    m_title->setWordWrap(true);
    m_text = new QLabel;
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(8);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addLayout(m_actions);
    hide();
}

void Banner::showMessage(Kind kind, const QString &title, const QString &text)
{
    m_kind = kind;
    clearActions();
    const int iconSize = fontMetrics().height() * 2;
    m_icon->setPixmap(kindIcon(kind, iconSize, palette().color(QPalette::WindowText), devicePixelRatioF()));
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(text);
    show();
    update();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, kind == Kind::Urgent || kind == Kind::Error ? QAccessible::Alert
                                                                                 : QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QString Banner::title() const
{
    return m_title->text();
}

QString Banner::text() const
{
    return m_text->text();
}

QPushButton *Banner::addAction(const QString &text, const QString &objectName)
{
    auto *button = new BigButton(text);
    button->setObjectName(objectName);
    m_actions->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void Banner::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}

QColor Banner::background() const
{
    const QPalette &pal = palette();
    switch (m_kind) {
    case Kind::Info:
        return Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.12);
    case Kind::Success:
        return Theme::mix(pal.color(QPalette::Base), QColor(0x2e, 0x9d, 0x5a), 0.18);
    case Kind::Error:
    case Kind::Urgent:
        return Theme::urgentColor(pal);
    }
    return pal.color(QPalette::Base);
}

void Banner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool strong = m_kind == Kind::Urgent || m_kind == Kind::Error;
    const qreal border = strong ? 3.0 : 1.0;
    painter.setPen(
        QPen(strong ? palette().color(QPalette::WindowText) : Theme::outlineColor(palette()), border));
    painter.setBrush(background());
    const qreal inset = border / 2;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 10, 10);
}

} // namespace nd
