#include "RegionTimeline.h"

#include "TrendChart.h"

#include "model/ValueWords.h"

#include "rules/Flag.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace nd {

namespace {
// The rows of both arms (fingertips up to the upper arm, each side); a spacer row follows.
constexpr int kArmRows = 2 * (int(BodyPart::UpperArm) + 1);
} // namespace

using namespace Qt::StringLiterals;

namespace {

constexpr int kRightMargin = 16; // as TrendChart
constexpr int kMinCellWidth = 4;
constexpr int kDailyUpToDays = 45;
constexpr double kMostDays = 0.5;

} // namespace

RegionTimeline::RegionTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"regionTimeline"_s);
    setAccessibleName(tr("Body map over time"));
    setAccessibleDescription(tr("Where symptoms were marked, one row per body region and one column per "
                                "day or week. Use the day cursor of the charts to read a day's regions."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

QList<Region> RegionTimeline::rowOrder()
{
    // Hands then feet; within each, left then right, from the tips inwards.
    QList<Region> rows;
    for (const auto &parts : {QList<BodyPart>{BodyPart::Fingertips, BodyPart::Fingers, BodyPart::Hand,
                                              BodyPart::Wrist, BodyPart::Forearm, BodyPart::UpperArm},
                              QList<BodyPart>{BodyPart::Toes, BodyPart::Foot, BodyPart::Ankle,
                                              BodyPart::LowerLeg, BodyPart::Thigh}})
        for (Side side : {Side::Left, Side::Right})
            for (BodyPart part : parts)
                rows.append(Region{side, part});
    return rows;
}

void RegionTimeline::setDays(const QList<DayValues> &days, DayRange range)
{
    m_days = days;
    m_range = range;
    rebuild();
}

void RegionTimeline::setCursorDay(std::optional<QDate> day)
{
    m_cursor = day;
    update();
}

void RegionTimeline::setLeftMargin(int pixels)
{
    m_leftMargin = pixels;
    rebuild();
}

void RegionTimeline::rebuild()
{
    if (!m_range.isValid()) {
        m_buckets.clear();
        update();
        return;
    }
    const qint64 days = m_range.dayCount();
    const double width = std::max(100.0, plotRect().width());
    if (days <= kDailyUpToDays && width / double(days) >= kMinCellWidth) {
        m_bucketDays = 1;
    } else {
        const double weeks = double(days) / 7.0;
        m_bucketDays = 7 * std::max(1, int(std::ceil(weeks * kMinCellWidth / width)));
    }
    m_buckets = regionBuckets(m_days, m_range, m_bucketDays);
    update();
}

int RegionTimeline::rowHeight() const
{
    return std::max(12, fontMetrics().height() * 3 / 4);
}

int RegionTimeline::topMargin() const
{
    return 4;
}

QRectF RegionTimeline::plotRect() const
{
    const int rows = kRegionCount + 1; // a spacer row between hands and feet
    // Days start and end where the charts' do (TrendChart::kEdgeRoom inside their plots).
    return QRectF(m_leftMargin + TrendChart::kEdgeRoom, topMargin(),
                  std::max(10, width() - m_leftMargin - kRightMargin - 2 * TrendChart::kEdgeRoom),
                  rows * rowHeight());
}

double RegionTimeline::xPosition(double x) const
{
    const QRectF plot = plotRect();
    const double minX = dayX(m_range.first) - 0.5;
    return plot.left() + (x - minX) / double(std::max<qint64>(1, m_range.dayCount())) * plot.width();
}

QSize RegionTimeline::sizeHint() const
{
    return QSize(600, topMargin() + (kRegionCount + 1) * rowHeight() + fontMetrics().height() + 16);
}

QSize RegionTimeline::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void RegionTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

void RegionTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QRectF plot = plotRect();
    const QList<Region> rows = rowOrder();
    const int h = rowHeight();
    const QColor text = pal.color(QPalette::Text);
    const QColor mark(0x00, 0x72, 0xb2);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const auto rowTop = [&](int index) {
        return plot.top() + (index + (index >= kArmRows ? 1 : 0)) * h;
    };

    // Row labels and a faint band per row.
    for (int i = 0; i < rows.size(); ++i) {
        const QRectF band(plot.left(), rowTop(i), plot.width(), h - 1);
        painter.fillRect(
            band, QColor::fromRgbF(float(text.redF()), float(text.greenF()), float(text.blueF()), 0.05f));
        painter.setPen(text);
        painter.drawText(QRectF(0, rowTop(i), m_leftMargin - 8, h), Qt::AlignRight | Qt::AlignVCenter,
                         ValueWords::capitalised(subjectTitle(rows[i].code())));
    }

    for (const RegionBucket &bucket : std::as_const(m_buckets)) {
        if (bucket.loggedDays == 0)
            continue;
        const double left = xPosition(dayX(bucket.days.first) - 0.5);
        const double right = xPosition(dayX(bucket.days.last) + 0.5);
        for (int i = 0; i < rows.size(); ++i) {
            const double share = bucket.share(rows[i]);
            if (share <= 0)
                continue;
            const QRectF cell(left, rowTop(i), std::max(1.0, right - left - (right - left > 4 ? 1 : 0)),
                              h - 1);
            QColor fill = mark;
            fill.setAlphaF(float(0.35 + 0.65 * share));
            if (share >= kMostDays) {
                painter.fillRect(cell, fill);
            } else {
                painter.fillRect(cell, QBrush(fill, Qt::Dense4Pattern));
            }
        }
    }

    if (m_cursor && m_range.contains(*m_cursor)) {
        const double x = xPosition(dayX(*m_cursor));
        painter.setPen(QPen(QColor(255, 255, 255, 200), 5));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    // Key: what solid and hatched cells mean.
    const double keyTop = plot.bottom() + 6;
    const double box = fontMetrics().height() * 0.8;
    double x = plot.left();
    QColor solid = mark;
    painter.fillRect(QRectF(x, keyTop, box, box), solid);
    painter.setPen(text);
    const QString most = m_bucketDays == 1 ? tr("marked that day") : tr("marked on most logged days");
    painter.drawText(QPointF(x + box + 6, keyTop + box * 0.85), most);
    x += box + 12 + painter.fontMetrics().horizontalAdvance(most) + 24;
    if (m_bucketDays > 1) {
        QColor some = mark;
        some.setAlphaF(0.6f);
        painter.fillRect(QRectF(x, keyTop, box, box), QBrush(some, Qt::Dense4Pattern));
        painter.drawRect(QRectF(x, keyTop, box, box));
        const QString someText = tr("on some days");
        painter.drawText(QPointF(x + box + 6, keyTop + box * 0.85), someText);
        x += box + 12 + painter.fontMetrics().horizontalAdvance(someText) + 24;
        painter.drawText(QPointF(x, keyTop + box * 0.85),
                         m_bucketDays == 7 ? tr("One column per week")
                                           : tr("One column per %n days", nullptr, m_bucketDays));
    }
}

std::optional<QDate> RegionTimeline::dayAt(const QPoint &pos) const
{
    const QRectF plot = plotRect();
    if (!m_range.isValid() || pos.x() < plot.left() || pos.x() > plot.right())
        return std::nullopt;
    const double x =
        dayX(m_range.first) - 0.5 + (pos.x() - plot.left()) / plot.width() * double(m_range.dayCount());
    const QDate day = QDate::fromJulianDay(qint64(std::floor(x + 0.5)));
    return m_range.contains(day) ? std::optional<QDate>(day) : std::nullopt;
}

int RegionTimeline::rowAt(const QPoint &pos) const
{
    const QRectF plot = plotRect();
    const int slot = int(std::floor((pos.y() - plot.top()) / rowHeight()));
    if (slot < 0 || slot == kArmRows || slot > kRegionCount)
        return -1;
    return slot > kArmRows ? slot - 1 : slot;
}

const RegionBucket *RegionTimeline::bucketOn(QDate day) const
{
    for (const RegionBucket &bucket : m_buckets)
        if (bucket.days.contains(day))
            return &bucket;
    return nullptr;
}

bool RegionTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<QDate> day = dayAt(help->pos());
        const int row = rowAt(help->pos());
        const RegionBucket *bucket = day ? bucketOn(*day) : nullptr;
        if (!bucket || row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Region region = rowOrder()[row];
        const QLocale locale;
        const QString when = m_bucketDays == 1
                                 ? locale.toString(bucket->days.first, QLocale::ShortFormat)
                                 : tr("%1 to %2")
                                       .arg(locale.toString(bucket->days.first, QLocale::ShortFormat),
                                            locale.toString(bucket->days.last, QLocale::ShortFormat));
        QToolTip::showText(help->globalPos(),
                           tr("%1, %2: marked on %3 of %4 logged days")
                               .arg(when, subjectTitle(region.code()))
                               .arg(bucket->markedDays[std::size_t(region.index())])
                               .arg(bucket->loggedDays),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void RegionTimeline::mousePressEvent(QMouseEvent *event)
{
    if (const std::optional<QDate> day = dayAt(event->position().toPoint()))
        emit dayClicked(*day);
    QWidget::mousePressEvent(event);
}

} // namespace nd
