#include "SegmentedControl.h"

#include <numeric>

#include "Theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

#include <algorithm>

namespace nd {

namespace {
constexpr int kFocusMargin = 5; // room for the focus ring around the segments
constexpr qreal kRadius = 8.0;

// One segment's rounded shape, antialiased once per look and size and then copied: a
// rating bar has a dozen alike, and the Today page's first frame shows eight bars.
QPixmap segmentShape(QSize size, const QColor &fill, const QPen &border, bool inset, qreal ratio)
{
    const QString key = QStringLiteral("nd-segment-%1x%2-%3-%4-%5-%6-%7-%8")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(fill.rgba())
                            .arg(border.color().rgba())
                            .arg(border.widthF())
                            .arg(int(border.style()))
                            .arg(inset ? 1 : 0)
                            .arg(ratio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(border);
    painter.setBrush(fill);
    const QRectF r = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.drawRoundedRect(inset ? r.adjusted(1, 1, -1, -1) : r, kRadius, kRadius);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}
} // namespace

SegmentedControl::SegmentedControl(QWidget *parent) : QWidget(parent), m_pointer(this, *this)
{
    setAttribute(Qt::WA_Hover);
    // As wide as one row when there is room, narrower (more rows) when there is not.
    QSizePolicy policy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void SegmentedControl::setOptions(const QStringList &labels, const QStringList &spokenNames)
{
    m_labels = labels;
    m_spokenNames = spokenNames;
    if (m_value >= optionCount())
        m_value = kNone;
    invalidateMetrics();
}

void SegmentedControl::setClearSegment(const QString &label, const QString &spokenName)
{
    m_clearLabel = label;
    m_clearSpokenName = spokenName;
    invalidateMetrics();
}

QString SegmentedControl::spokenName(int option) const
{
    const QString spoken = m_spokenNames.value(option);
    return spoken.isEmpty() ? m_labels.value(option) : spoken;
}

void SegmentedControl::setValue(int value)
{
    if (value < kNone || value >= optionCount())
        value = kNone;
    if (value == m_value)
        return;
    m_value = value;
    update();
    emit valueChanged(m_value);
    AccessibleParts::notifyValueChanged(this);
}

std::optional<int> SegmentedControl::optionalValue() const
{
    return m_value == kNone ? std::nullopt : std::optional<int>(m_value);
}

void SegmentedControl::setOptionalValue(std::optional<int> value)
{
    setValue(value.value_or(kNone));
}

void SegmentedControl::setValueByUser(int value)
{
    const int before = m_value;
    setValue(value);
    if (m_value != before)
        emit edited(m_value);
}

void SegmentedControl::chooseSegment(int segment)
{
    if (segment < 0 || segment >= segmentCount())
        return;
    setValueByUser(segment == clearSegment() ? kNone : segment);
}

const SegmentedControl::Metrics &SegmentedControl::metrics() const
{
    if (m_metrics)
        return *m_metrics;
    const QFontMetrics plain = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    Metrics m;
    m.gap = std::max(4, plain.height() / 4);
    m.height = Theme::targetSize(plain);
    // Three quarters of a line of padding on each side: roomy, yet seven word choices in
    // German still fit beside their label on a 1280-pixel screen.
    const int padding = plain.height() * 3 / 2;
    int widest = 0;
    for (const QString &label : m_labels) {
        const int width = std::max(m.height, boldMetrics.horizontalAdvance(label) + padding);
        m.optionWidths.append(width);
        widest = std::max(widest, width);
    }
    if (m_equalWidths)
        m.optionWidths.fill(widest);
    m.clearWidth =
        hasClearSegment() ? std::max(m.height, boldMetrics.horizontalAdvance(m_clearLabel) + padding) : 0;
    m_metrics = m;
    return *m_metrics;
}

void SegmentedControl::invalidateMetrics()
{
    m_metrics.reset();
    m_placedWidth = -1;
    updateGeometry();
    update();
}

void SegmentedControl::setEqualWidths(bool equal)
{
    m_equalWidths = equal;
    invalidateMetrics();
}

int SegmentedControl::optionsWidth() const
{
    const QList<int> &widths = metrics().optionWidths;
    return std::accumulate(widths.begin(), widths.end(), 0) + std::max(0, int(widths.size()) - 1) * gap();
}

QSize SegmentedControl::sizeHint() const
{
    int width = optionsWidth();
    if (hasClearSegment())
        width += clearGap() + clearWidth();
    return QSize(width + 2 * kFocusMargin, metrics().height + 2 * kFocusMargin);
}

QSize SegmentedControl::minimumSizeHint() const
{
    // At least half the options side by side (a rating: 0–5 over 6–10), and the clear segment.
    const QList<int> &widths = metrics().optionWidths;
    const int perRow = int(widths.size() + 1) / 2;
    int width = clearWidth();
    for (int first = 0; first + perRow <= widths.size(); ++first) {
        const int row = std::accumulate(widths.begin() + first, widths.begin() + first + perRow, 0) +
                        (perRow - 1) * gap();
        width = std::max(width, row);
    }
    width += 2 * kFocusMargin;
    // One row high: layouts with heights for widths ask heightForWidth(); others (a tool
    // bar) keep the control on one row.
    return QSize(width, metrics().height + 2 * kFocusMargin);
}

QList<QRect> SegmentedControl::placeSegments(int width) const
{
    const int height = metrics().height;
    const int right = std::max(0, width - 2 * kFocusMargin);
    QList<QRect> placed;
    int x = 0;
    int y = 0;
    for (int i = 0; i < segmentCount(); ++i) {
        const bool isClear = i == clearSegment();
        const int w = isClear ? clearWidth() : optionWidth(i);
        int left = x == 0 ? 0 : x + (isClear ? clearGap() : gap());
        if (x > 0 && left + w > right) { // a new row
            y += height + gap();
            left = 0;
        }
        placed.append(QRect(kFocusMargin + left, kFocusMargin + y, w, height));
        x = left + w;
    }
    return placed;
}

const QList<QRect> &SegmentedControl::placedSegments() const
{
    // Laid out for the current width (the size hint's width before the first layout).
    const int w = testAttribute(Qt::WA_Resized) ? width() : sizeHint().width();
    if (w != m_placedWidth) {
        m_placed = placeSegments(w);
        m_placedWidth = w;
    }
    return m_placed;
}

int SegmentedControl::heightForWidth(int width) const
{
    const QList<QRect> placed = placeSegments(width);
    const int bottom = placed.isEmpty() ? metrics().height : placed.last().bottom() + 1;
    return bottom + kFocusMargin;
}

QRect SegmentedControl::segmentRect(int segment) const
{
    if (segment < 0 || segment >= segmentCount())
        return {};
    return placedSegments().at(segment);
}

int SegmentedControl::segmentAt(const QPoint &point) const
{
    // Gaps between segments belong to the nearest segment: no dead zones for unsteady hands.
    int best = -1;
    int bestDistance = std::numeric_limits<int>::max();
    for (int i = 0; i < segmentCount(); ++i) {
        const QRect r = segmentRect(i);
        if (r.contains(point))
            return i;
        const int dx = std::max({r.left() - point.x(), 0, point.x() - r.right()});
        const int dy = std::max({r.top() - point.y(), 0, point.y() - r.bottom()});
        const int distance = dx + dy;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return bestDistance <= gap() * 2 ? best : -1;
}

QString SegmentedControl::partName(int part) const
{
    return part == clearSegment() ? m_clearSpokenName : spokenName(part);
}

bool SegmentedControl::isPartChecked(int part) const
{
    return part == clearSegment() ? m_value == kNone : part == m_value;
}

int SegmentedControl::focusedPart() const
{
    if (m_value != kNone)
        return m_value;
    return hasClearSegment() ? clearSegment() : -1;
}

QString SegmentedControl::accessibleValueText() const
{
    return m_value == kNone ? m_clearSpokenName : spokenName(m_value);
}

QVariant SegmentedControl::accessibleCurrentValue() const
{
    return m_value;
}

std::optional<int> SegmentedControl::optionForKey(const QKeyEvent *event) const
{
    const QString text = event->text();
    if (text.size() != 1)
        return std::nullopt;
    const QChar c = text.at(0);
    if (c.isDigit()) {
        const int digit = c.digitValue();
        return digit < optionCount() ? std::optional<int>(digit) : std::nullopt;
    }
    // A letter picks the option whose label starts with it, when only one does.
    std::optional<int> match;
    for (int i = 0; i < optionCount(); ++i) {
        if (m_labels[i].startsWith(c, Qt::CaseInsensitive)) {
            if (match)
                return std::nullopt;
            match = i;
        }
    }
    return match;
}

void SegmentedControl::keyPressEvent(QKeyEvent *event)
{
    const int last = optionCount() - 1;
    switch (event->key()) {
    case Qt::Key_Right:
        setValueByUser(m_value == kNone ? 0 : std::min(last, m_value + 1));
        return;
    case Qt::Key_Left:
        setValueByUser(m_value == kNone ? 0 : std::max(0, m_value - 1));
        return;
    case Qt::Key_Home:
        setValueByUser(0);
        return;
    case Qt::Key_End:
        setValueByUser(last);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setValueByUser(kNone);
        return;
    default:
        break;
    }
    if (const std::optional<int> option = optionForKey(event)) {
        setValueByUser(*option);
        return;
    }
    QWidget::keyPressEvent(event);
}

void SegmentedControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        invalidateMetrics();
    QWidget::changeEvent(event);
}

void SegmentedControl::resizeEvent(QResizeEvent *event)
{
    m_placedWidth = -1;
    QWidget::resizeEvent(event);
}

void SegmentedControl::paintSegment(QPainter &painter, int segment) const
{
    const QPalette &pal = palette();
    const QRect bounds = segmentRect(segment);
    const QRectF r = QRectF(bounds).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool isClear = segment == clearSegment();
    const bool chosen = isPartChecked(segment);
    const bool filled = !isClear && fillsUpToValue() && m_value != kNone && segment < m_value;
    const bool hovered = m_pointer.isHot(segment);
    const bool enabled = isEnabled();

    QColor fill = Theme::segmentColor(pal);
    QColor text = pal.color(QPalette::Text);
    QPen border(Theme::outlineColor(pal), 1.0);
    QFont font = this->font();

    if (isClear) {
        fill = hovered ? Theme::segmentHoverColor(pal) : pal.color(QPalette::Base);
        border.setStyle(Qt::DashLine);
        text = Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.3);
        if (chosen) {
            // "Nothing chosen" is a state of its own: a stronger dashed frame and full-strength text.
            border = QPen(Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.2), 2.0,
                          Qt::DashLine);
            text = pal.color(QPalette::Text);
        }
    } else if (chosen) {
        // Chosen: filled with the highlight, bold, and a thick outline in the text
        // colour, so the choice is clear without seeing colour.
        fill = pal.color(QPalette::Highlight);
        text = pal.color(QPalette::HighlightedText);
        border = QPen(pal.color(QPalette::Text), 3.0);
        font.setBold(true);
    } else if (filled) {
        fill = hovered ? Theme::mix(Theme::segmentFillColor(pal), pal.color(QPalette::Highlight), 0.15)
                       : Theme::segmentFillColor(pal);
    } else if (hovered) {
        fill = Theme::segmentHoverColor(pal);
    }
    if (!enabled)
        text = pal.color(QPalette::Disabled, QPalette::Text);

    painter.drawPixmap(bounds.topLeft(),
                       segmentShape(bounds.size(), fill, border, chosen && !isClear, devicePixelRatioF()));

    painter.setFont(font);
    painter.setPen(text);
    painter.drawText(r, Qt::AlignCenter, isClear ? m_clearLabel : m_labels[segment]);
}

void SegmentedControl::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < segmentCount(); ++i)
        paintSegment(painter, i);
    if (hasFocus())
        Theme::paintFocusRing(painter, QRectF(rect()), kRadius + kFocusMargin, palette());
}

} // namespace nd
