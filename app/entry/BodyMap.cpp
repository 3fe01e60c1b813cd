#include "BodyMap.h"

#include "widgets/Theme.h"

#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace nd {

namespace {

constexpr int kMargin = 14;
// The smallest scale keeps every region's band at least 44 px tall; wider pages get a
// larger drawing, up to the maximum. The text size does not force a larger scale (at
// 200 % that made the map wider than a laptop screen).
constexpr qreal kMinimumScale = 1.5;
constexpr qreal kMaximumScale = 1.8;
// A click this far (map units) from a region's drawing still hits it.
constexpr qreal kHitTolerance = 14.0;

QString limbName(int column)
{
    switch (column) {
    case 0:
        return BodyMap::tr("Left hand");
    case 1:
        return BodyMap::tr("Right hand");
    case 2:
        return BodyMap::tr("Left foot");
    default:
        return BodyMap::tr("Right foot");
    }
}

} // namespace

const BodyMapShapes &BodyMap::shapes()
{
    static const BodyMapShapes shared;
    return shared;
}

BodyMap::BodyMap(QWidget *parent) : QWidget(parent), m_pointer(this, *this)
{
    connect(&m_pointer, &PartInteraction::pressStarted, this, [this](int part) {
        if (part >= 0)
            setFocusRegion(Region::fromIndex(part));
    });
    connect(&m_pointer, &PartInteraction::hoveredChanged, this,
            [this](int part) { setToolTip(part >= 0 ? regionName(Region::fromIndex(part)) : QString()); });
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QString BodyMap::regionName(Region region)
{
    const bool left = region.side == Side::Left;
    switch (region.part) {
    case BodyPart::Fingertips:
        return left ? tr("Left fingertips") : tr("Right fingertips");
    case BodyPart::Fingers:
        return left ? tr("Left fingers") : tr("Right fingers");
    case BodyPart::Hand:
        return left ? tr("Left hand") : tr("Right hand");
    case BodyPart::Wrist:
        return left ? tr("Left wrist") : tr("Right wrist");
    case BodyPart::Forearm:
        return left ? tr("Left forearm") : tr("Right forearm");
    case BodyPart::UpperArm:
        return left ? tr("Left upper arm") : tr("Right upper arm");
    case BodyPart::Thigh:
        return left ? tr("Left thigh") : tr("Right thigh");
    case BodyPart::Toes:
        return left ? tr("Left toes") : tr("Right toes");
    case BodyPart::Foot:
        return left ? tr("Left foot") : tr("Right foot");
    case BodyPart::Ankle:
        return left ? tr("Left ankle") : tr("Right ankle");
    case BodyPart::LowerLeg:
        return left ? tr("Left lower leg") : tr("Right lower leg");
    }
    return {};
}

QString BodyMap::markedSummary() const
{
    if (m_regions.isEmpty())
        return tr("Nothing marked");
    QStringList names;
    for (const Region &region : m_regions.regions())
        names.append(regionName(region));
    return names.join(tr(", "));
}

void BodyMap::setRegions(RegionSet regions)
{
    if (regions == m_regions)
        return;
    m_regions = regions;
    update();
    emit regionsChanged(m_regions);
    AccessibleParts::notifyValueChanged(this);
}

void BodyMap::setFocusRegion(Region region)
{
    if (region == m_focus)
        return;
    m_focus = region;
    update();
    AccessibleParts::notifyValueChanged(this);
}

void BodyMap::toggle(Region region)
{
    RegionSet regions = m_regions;
    regions.setMarked(region, !regions.contains(region));
    setRegions(regions);
    emit edited();
}

void BodyMap::activatePart(int part)
{
    const Region region = Region::fromIndex(part);
    setFocusRegion(region);
    toggle(region);
}

void BodyMap::moveFocus(int columnStep, int rowStep)
{
    const int column =
        std::clamp(BodyMapShapes::columnOf(m_focus) + columnStep, 0, BodyMapShapes::kColumns - 1);
    const int row =
        std::clamp(BodyMapShapes::rowOf(m_focus) + rowStep, 0, BodyMapShapes::rowCount(column) - 1);
    setFocusRegion(BodyMapShapes::regionAt(column, row));
}

int BodyMap::labelHeight() const
{
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).height() * 2;
}

qreal BodyMap::mapScale() const
{
    const qreal byWidth = (width() - 2 * kMargin) / BodyMapShapes::kWidth;
    const qreal byHeight = (height() - 2 * kMargin - labelHeight()) / BodyMapShapes::kHeight;
    return std::clamp(std::min(byWidth, byHeight), 0.1, kMaximumScale);
}

QTransform BodyMap::mapTransform() const
{
    const qreal scale = mapScale();
    const qreal left = (width() - BodyMapShapes::kWidth * scale) / 2;
    QTransform transform;
    transform.translate(left, kMargin);
    transform.scale(scale, scale);
    return transform;
}

qreal BodyMap::scaleForWidth(int width)
{
    return std::clamp((width - 2 * kMargin) / BodyMapShapes::kWidth, kMinimumScale, kMaximumScale);
}

int BodyMap::heightForWidth(int width) const
{
    return int(BodyMapShapes::kHeight * scaleForWidth(width)) + 2 * kMargin + labelHeight();
}

QSize BodyMap::sizeHint() const
{
    const int width = int(BodyMapShapes::kWidth * kMinimumScale) + 2 * kMargin;
    return QSize(width, heightForWidth(width));
}

QSize BodyMap::minimumSizeHint() const
{
    return sizeHint();
}

QRect BodyMap::regionRect(Region region) const
{
    QRect r = mapTransform().mapRect(shapes().shape(region).boundingRect()).toAlignedRect();
    // Thin shapes (a wrist band) still get a target-sized area around their centre.
    const int target = Theme::targetSize(this);
    if (r.width() < target)
        r.adjust(-(target - r.width() + 1) / 2, 0, (target - r.width() + 1) / 2, 0);
    if (r.height() < target)
        r.adjust(0, -(target - r.height() + 1) / 2, 0, (target - r.height() + 1) / 2);
    return r;
}

QPoint BodyMap::regionCenter(Region region) const
{
    const QPainterPath &shape = shapes().shape(region);
    QPointF center = shape.boundingRect().center();
    if (!shape.contains(center)) {
        // Unions of fingers have gaps in the middle: take the centre of the largest piece.
        qreal largest = -1;
        for (const QPolygonF &piece : shape.toFillPolygons()) {
            const QRectF box = piece.boundingRect();
            if (box.width() * box.height() > largest) {
                largest = box.width() * box.height();
                center = box.center();
            }
        }
    }
    return mapTransform().map(center).toPoint();
}

std::optional<Region> BodyMap::regionAt(const QPoint &point) const
{
    bool invertible = false;
    const QTransform inverse = mapTransform().inverted(&invertible);
    if (!invertible)
        return std::nullopt;
    return shapes().regionAt(inverse.map(QPointF(point)), kHitTolerance);
}

int BodyMap::partAt(const QPoint &point) const
{
    const std::optional<Region> region = regionAt(point);
    return region ? region->index() : -1;
}

void BodyMap::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveFocus(-1, 0);
        return;
    case Qt::Key_Right:
        moveFocus(1, 0);
        return;
    case Qt::Key_Up:
        moveFocus(0, -1);
        return;
    case Qt::Key_Down:
        moveFocus(0, 1);
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggle(m_focus);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (isMarked(m_focus))
            toggle(m_focus);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void BodyMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void BodyMap::paintLimbLabels(QPainter &painter) const
{
    const QTransform transform = mapTransform();
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    for (int column = 0; column < BodyMapShapes::kColumns; ++column) {
        const QRectF columnRect = transform.mapRect(shapes().columnRect(column));
        const QRectF labelRect(columnRect.left() - 20, columnRect.bottom() + 4, columnRect.width() + 40,
                               labelHeight());
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, limbName(column));
    }
}

void BodyMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QTransform transform = mapTransform();

    const QColor skin = Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Button), 0.75);
    const QColor hoverSkin = Theme::segmentHoverColor(pal);
    const QColor marked = Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.6);
    const QColor stripe = pal.color(QPalette::Text);
    const qreal stripeGap = std::max(7.0, fontMetrics().height() * 0.5);

    for (int i = 0; i < kRegionCount; ++i) {
        const Region region = Region::fromIndex(i);
        const QPainterPath path = transform.map(shapes().shape(region));
        const bool isMarked = m_regions.contains(region);
        const bool isHover = m_pointer.isHot(i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(isMarked ? marked : (isHover ? hoverSkin : skin));
        painter.drawPath(path);
        if (isMarked) {
            // Diagonal stripes: a marked region is recognisable without colour.
            painter.save();
            painter.setClipPath(path);
            painter.setPen(QPen(stripe, 1.6));
            const QRectF box = path.boundingRect();
            for (qreal x = box.left() - box.height(); x < box.right(); x += stripeGap)
                painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()));
            painter.restore();
        }
        // Thin lines between the regions of a limb show where one ends.
        QPen seam(Theme::outlineColor(pal), 1.0);
        seam.setCosmetic(true);
        painter.setPen(seam);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }

    QPen outline(pal.color(QPalette::Text), 2.0);
    outline.setJoinStyle(Qt::RoundJoin);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    for (int column = 0; column < BodyMapShapes::kColumns; ++column)
        painter.drawPath(transform.map(shapes().limbOutline(column)));

    if (hasFocus()) {
        const QPainterPath focused = transform.map(shapes().shape(m_focus));
        // Three rings (text colour, highlight, base) so the outline shows on marked,
        // unmarked, light and dark regions alike.
        painter.setPen(QPen(pal.color(QPalette::Text), 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(focused);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(focused);
        painter.setPen(QPen(pal.color(QPalette::Base), 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(focused);
    }

    paintLimbLabels(painter);
}

} // namespace nd
