#include "FieldLabel.h"

#include <QEvent>
#include <QPainter>
#include <QRegularExpression>

namespace nd {

namespace {
constexpr int kMargin = 2;
constexpr int kWrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// The widest single word: a wrapped label can never be narrower than that.
int widestWord(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : text.split(spaces, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

int wrappedHeight(const QFontMetrics &metrics, const QString &text, int width)
{
    if (text.isEmpty())
        return 0;
    return metrics.boundingRect(QRect(0, 0, std::max(1, width), 100000), kWrapFlags, text).height();
}
} // namespace

FieldLabel::FieldLabel(const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent), m_title(title), m_hint(hint)
{
    setAccessibleName(hint.isEmpty() ? title : title + QStringLiteral(", ") + hint);
    // Long labels (and longer languages) wrap instead of widening the form past the window.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FieldLabel::setHint(const QString &hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    setAccessibleName(hint.isEmpty() ? m_title : m_title + QStringLiteral(", ") + hint);
    forgetSizes();
    update();
}

void FieldLabel::forgetSizes()
{
    m_heights.clear();
    m_sizeHint = m_minimumSizeHint = QSize();
    updateGeometry();
}

QFont FieldLabel::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

std::pair<int, int> FieldLabel::wrappedHeights(int innerWidth) const
{
    if (const auto found = m_heights.constFind(innerWidth); found != m_heights.constEnd())
        return *found;
    const std::pair<int, int> heights{wrappedHeight(QFontMetrics(titleFont()), m_title, innerWidth),
                                      wrappedHeight(fontMetrics(), m_hint, innerWidth)};
    m_heights.insert(innerWidth, heights);
    return heights;
}

QSize FieldLabel::sizeHint() const
{
    if (!m_sizeHint.isValid()) {
        const QFontMetrics title(titleFont());
        const QFontMetrics plain = fontMetrics();
        const int width = std::max({title.horizontalAdvance(m_title), plain.horizontalAdvance(m_hint),
                                    plain.averageCharWidth() * 22});
        m_sizeHint = QSize(width + 2 * kMargin, heightForWidth(width + 2 * kMargin));
    }
    return m_sizeHint;
}

QSize FieldLabel::minimumSizeHint() const
{
    if (!m_minimumSizeHint.isValid()) {
        const QFontMetrics plain = fontMetrics();
        const int width = std::max({widestWord(QFontMetrics(titleFont()), m_title), widestWord(plain, m_hint),
                                    plain.averageCharWidth() * 9}) +
                          2 * kMargin;
        m_minimumSizeHint = QSize(width, heightForWidth(width));
    }
    return m_minimumSizeHint;
}

int FieldLabel::heightForWidth(int width) const
{
    const auto [titleHeight, hintHeight] = wrappedHeights(width - 2 * kMargin);
    return titleHeight + hintHeight + 2 * kMargin;
}

void FieldLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int inner = width() - 2 * kMargin;
    const auto [titleHeight, hintHeight] = wrappedHeights(inner);
    int y = std::max(kMargin, (height() - titleHeight - hintHeight) / 2);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(titleFont());
    painter.drawText(QRect(kMargin, y, inner, titleHeight), kWrapFlags, m_title);
    if (!m_hint.isEmpty()) {
        y += titleHeight;
        painter.setFont(font());
        painter.drawText(QRect(kMargin, y, inner, hintHeight), kWrapFlags, m_hint);
    }
}

void FieldLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        forgetSizes();
    QWidget::changeEvent(event);
}

} // namespace nd
