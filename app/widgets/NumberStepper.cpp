#include "NumberStepper.h"

#include "Theme.h"

#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace nd {

namespace {
constexpr int kFocusMargin = 5;
constexpr qreal kRadius = 8.0;
} // namespace

NumberStepper::NumberStepper(QWidget *parent) : QWidget(parent), m_pointer(this, *this)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_decreaseName = tr("Less");
    m_increaseName = tr("More");
}

void NumberStepper::setMaximum(int maximum)
{
    m_maximum = std::max(0, maximum);
    m_displayWidth = -1;
    if (m_value && *m_value > m_maximum)
        setValue(m_maximum);
    updateGeometry();
}

void NumberStepper::setMinimum(int minimum)
{
    m_minimum = std::clamp(minimum, 0, m_maximum);
    if (m_value && *m_value < m_minimum)
        setValue(m_minimum);
}

void NumberStepper::setUnit(const QString &unit)
{
    m_unit = unit;
    m_displayWidth = -1;
    updateGeometry();
    update();
}

void NumberStepper::setButtonNames(const QString &decrease, const QString &increase)
{
    m_decreaseName = decrease;
    m_increaseName = increase;
}

void NumberStepper::setValue(std::optional<int> value)
{
    if (value)
        value = std::clamp(*value, 0, m_maximum);
    if (value == m_value)
        return;
    m_value = value;
    update();
    emit valueChanged();
    AccessibleParts::notifyValueChanged(this);
}

void NumberStepper::setValueByUser(std::optional<int> value)
{
    const std::optional<int> before = m_value;
    setValue(value);
    if (m_value != before)
        emit edited();
}

void NumberStepper::stepUp()
{
    m_typing = false;
    setValueByUser(m_value ? std::clamp(*m_value + m_step, m_minimum, m_maximum)
                           : std::max(m_minimum, m_step));
}

void NumberStepper::stepDown()
{
    m_typing = false;
    // From blank, "less" means "none": the quickest way to record zero.
    setValueByUser(m_value ? std::max(m_minimum, *m_value - m_step) : m_minimum);
}

QString NumberStepper::displayText() const
{
    if (!m_value)
        return tr("–", "not recorded");
    return m_unit.isEmpty() ? QString::number(*m_value) : tr("%1 %2").arg(*m_value).arg(m_unit);
}

QString NumberStepper::accessibleValueText() const
{
    return m_value ? displayText() : tr("Not recorded");
}

QString NumberStepper::partName(int part) const
{
    return part == DecreasePart ? m_decreaseName : m_increaseName;
}

void NumberStepper::activatePart(int part)
{
    if (part == DecreasePart)
        stepDown();
    else
        stepUp();
}

int NumberStepper::displayWidth() const
{
    if (m_displayWidth >= 0)
        return m_displayWidth;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QString widest =
        m_unit.isEmpty() ? QString::number(m_maximum) : tr("%1 %2").arg(m_maximum).arg(m_unit);
    m_displayWidth =
        std::max(Theme::targetSize(this), metrics.horizontalAdvance(widest) + 2 * metrics.height());
    return m_displayWidth;
}

QRect NumberStepper::buttonRect(Part part) const
{
    const int size = Theme::targetSize(this);
    const int gap = std::max(4, fontMetrics().height() / 4);
    const int left = part == DecreasePart ? kFocusMargin : kFocusMargin + size + gap + displayWidth() + gap;
    return QRect(left, kFocusMargin, size, size);
}

QSize NumberStepper::sizeHint() const
{
    const QRect plus = buttonRect(IncreasePart);
    return QSize(plus.right() + 1 + kFocusMargin, plus.bottom() + 1 + kFocusMargin);
}

int NumberStepper::partAt(const QPoint &point) const
{
    // Everything left of the middle is "less", right of it "more": no precise aim needed
    // near the buttons; the number itself in the middle third does nothing.
    const QRect minus = buttonRect(DecreasePart);
    const QRect plus = buttonRect(IncreasePart);
    if (point.x() <= minus.right() + 4)
        return DecreasePart;
    if (point.x() >= plus.left() - 4)
        return IncreasePart;
    return -1;
}

void NumberStepper::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Right:
    case Qt::Key_Plus:
        stepUp();
        return;
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Minus:
        stepDown();
        return;
    case Qt::Key_Delete:
        m_typing = false;
        setValueByUser(std::nullopt);
        return;
    case Qt::Key_Backspace:
        if (m_value && *m_value >= 10) {
            setValueByUser(*m_value / 10);
        } else {
            setValueByUser(std::nullopt);
        }
        m_typing = m_value.has_value();
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit()) {
        const int digit = text.at(0).digitValue();
        // The first digit after focus arrives replaces the value; later ones append.
        const int typed = m_typing && m_value ? *m_value * 10 + digit : digit;
        m_typing = true;
        setValueByUser(std::min(typed, m_maximum));
        return;
    }
    QWidget::keyPressEvent(event);
}

void NumberStepper::focusInEvent(QFocusEvent *event)
{
    m_typing = false;
    QWidget::focusInEvent(event);
}

void NumberStepper::focusOutEvent(QFocusEvent *event)
{
    m_typing = false;
    if (m_value && *m_value < m_minimum)
        setValueByUser(m_minimum);
    QWidget::focusOutEvent(event);
}

void NumberStepper::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_displayWidth = -1;
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void NumberStepper::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();

    // The value sits in a quiet field between the two buttons.
    const QRect minus = buttonRect(DecreasePart);
    const QRect plus = buttonRect(IncreasePart);
    const QRectF field =
        QRectF(minus.right() + 1, minus.top(), plus.left() - minus.right() - 1, minus.height())
            .adjusted(2, 0.5, -2, -0.5);
    painter.setPen(QPen(Theme::outlineColor(pal), 1.0));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(field, kRadius, kRadius);
    QFont bold = font();
    bold.setBold(m_value.has_value());
    painter.setFont(bold);
    painter.setPen(m_value ? pal.color(QPalette::Text)
                           : Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.35));
    painter.drawText(field, Qt::AlignCenter, displayText());

    for (Part part : {DecreasePart, IncreasePart}) {
        const QRectF r = QRectF(buttonRect(part)).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool pressed = m_pointer.pressed() == part;
        painter.setPen(QPen(Theme::outlineColor(pal), 1.0));
        painter.setBrush(pressed ? Theme::segmentFillColor(pal) : Theme::segmentColor(pal));
        painter.drawRoundedRect(r, kRadius, kRadius);
        // The signs are drawn as bars, so they stay crisp and thick at every size.
        const qreal arm = r.width() * 0.22;
        const qreal thickness = std::max(3.0, r.width() * 0.08);
        painter.setPen(QPen(pal.color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text),
                            thickness, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = r.center();
        painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()));
        if (part == IncreasePart)
            painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm));
    }

    if (hasFocus())
        Theme::paintFocusRing(painter, QRectF(rect()), kRadius + kFocusMargin, pal);
}

} // namespace nd
