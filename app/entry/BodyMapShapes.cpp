#include "BodyMapShapes.h"

#include <QLineF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nd {

namespace {

constexpr qreal kColumnWidth = 100.0;
constexpr qreal kFootHeight = 211.0; // the foot drawing's extent, lower leg to the big toe's tip
constexpr std::array<qreal, BodyMapShapes::kColumns> kColumnLeft = {0.0, 110.0, 240.0, 350.0};

struct HandPaths
{
    QPainterPath fingertips, fingers, hand, wrist, forearm, upperArm;
};
struct FootPaths
{
    QPainterPath thigh, lowerLeg, ankle, foot, toes;
};

// The thigh below the lower leg (the leg is drawn toes up, like the arm fingers up).
constexpr qreal kThighHeight = 96.0;

QPainterPath roundedRect(qreal x, qreal y, qreal w, qreal h, qreal r)
{
    QPainterPath path;
    path.addRoundedRect(QRectF(x, y, w, h), r, r);
    return path;
}

// A left hand, back view, thumb on the right; x in 0..100.
HandPaths leftHand()
{
    HandPaths hand;
    struct FingerSpec
    {
        qreal left, width, top;
    };
    // Little, ring, middle and index finger from left to right.
    const std::array<FingerSpec, 4> fingers = {{{14, 13, 64}, {29, 14, 44}, {45, 14, 36}, {61, 14, 46}}};
    // Fingertips are what numb first: a band tall enough for a fingertip to hit (≥ 44 px at the
    // map's smallest scale).
    constexpr qreal kTip = 32.0;
    constexpr qreal kFingerBottom = 116.0;
    for (const FingerSpec &f : fingers) {
        const QPainterPath whole = roundedRect(f.left, f.top, f.width, kFingerBottom - f.top, f.width / 2);
        QPainterPath tipBox;
        tipBox.addRect(QRectF(f.left - 1, f.top - 1, f.width + 2, kTip + 1));
        hand.fingertips = hand.fingertips.united(whole.intersected(tipBox));
        hand.fingers = hand.fingers.united(whole.subtracted(tipBox));
    }
    // The thumb leans out to the right from the lower palm.
    QTransform thumbPlace;
    thumbPlace.translate(62, 158);
    thumbPlace.rotate(35);
    const QPainterPath thumb = thumbPlace.map(roundedRect(-8, -56, 16, 58, 8));
    QPainterPath thumbTipBox;
    thumbTipBox.addRect(QRectF(-10, -58, 20, kTip + 2));
    const QPainterPath thumbTip = thumbPlace.map(thumbTipBox);
    hand.fingertips = hand.fingertips.united(thumb.intersected(thumbTip));
    hand.fingers = hand.fingers.united(thumb.subtracted(thumbTip));

    hand.hand = roundedRect(14, 104, 62, 66, 16);
    hand.fingers = hand.fingers.subtracted(hand.hand);
    hand.wrist = roundedRect(22, 170, 46, 40, 6);
    // The arm goes on below the wrist: the forearm narrowing to the elbow, then the upper arm.
    QPainterPath forearm;
    forearm.moveTo(22, 210);
    forearm.lineTo(68, 210);
    forearm.lineTo(70, 262);
    forearm.lineTo(20, 262);
    forearm.closeSubpath();
    hand.forearm = forearm;
    hand.upperArm = roundedRect(18, 262, 54, 56, 12);
    return hand;
}

// A left foot seen from above, big toe on the right; x in 0..100.
FootPaths leftFoot()
{
    FootPaths foot;
    QPainterPath leg;
    leg.moveTo(33, 0);
    leg.lineTo(67, 0);
    leg.lineTo(64, 62);
    leg.lineTo(36, 62);
    leg.closeSubpath();
    foot.lowerLeg = leg;
    foot.ankle = roundedRect(28, 62, 44, 34, 14);

    QPainterPath body;
    body.moveTo(35, 96);
    body.lineTo(65, 96);
    body.cubicTo(70, 120, 84, 145, 84, 172);
    body.quadTo(84, 186, 70, 187);
    body.lineTo(40, 185);
    body.quadTo(20, 183, 18, 170);
    body.cubicTo(19, 148, 29, 122, 35, 96);
    body.closeSubpath();
    foot.foot = body;

    struct ToeSpec
    {
        qreal x, y, rx, ry;
    };
    // Big toe first (inner side), then the smaller ones outwards.
    const std::array<ToeSpec, 5> toes = {
        {{71, 198, 9.5, 12.5}, {55, 195, 6.5, 9.5}, {43, 193, 6, 8.5}, {32, 190, 5.5, 8}, {23, 185, 5, 7}}};
    for (const ToeSpec &t : toes) {
        QPainterPath toe;
        toe.addEllipse(QPointF(t.x, t.y), t.rx, t.ry);
        foot.toes = foot.toes.united(toe);
    }
    foot.toes = foot.toes.subtracted(foot.foot);
    // The thigh, drawn below the lower leg once the foot stands toes up (see the constructor):
    // wider towards the hip. In the foot's own coordinates (toes down) it sits above the leg.
    QPainterPath thigh;
    thigh.moveTo(33, 0);
    thigh.lineTo(67, 0);
    thigh.lineTo(74, -kThighHeight);
    thigh.lineTo(26, -kThighHeight);
    thigh.closeSubpath();
    foot.thigh = thigh;
    return foot;
}

QPainterPath placed(const QPainterPath &path, int column, bool mirrored)
{
    QTransform transform;
    transform.translate(kColumnLeft[std::size_t(column)], 0);
    if (mirrored) {
        transform.translate(kColumnWidth, 0);
        transform.scale(-1, 1);
    }
    return transform.map(path);
}

qreal distanceToPath(const QPainterPath &path, const QPointF &point)
{
    if (path.contains(point))
        return 0;
    qreal best = std::numeric_limits<qreal>::max();
    for (const QPolygonF &polygon : path.toFillPolygons()) {
        for (int i = 0; i + 1 < polygon.size(); ++i) {
            const QPointF a = polygon[i];
            const QPointF b = polygon[i + 1];
            const QPointF ab = b - a;
            const qreal lengthSquared = QPointF::dotProduct(ab, ab);
            qreal t = lengthSquared > 0 ? QPointF::dotProduct(point - a, ab) / lengthSquared : 0;
            t = std::clamp(t, 0.0, 1.0);
            best = std::min(best, QLineF(point, a + t * ab).length());
        }
    }
    return best;
}

} // namespace

BodyMapShapes::BodyMapShapes()
{
    const HandPaths hand = leftHand();
    const FootPaths foot = leftFoot();
    for (Side side : {Side::Left, Side::Right}) {
        const bool mirrored = side == Side::Right;
        const int handColumn = side == Side::Left ? 0 : 1;
        const int footColumn = side == Side::Left ? 2 : 3;
        auto set = [&](BodyPart part, const QPainterPath &path, int column) {
            m_shapes[std::size_t(Region{side, part}.index())] = placed(path, column, mirrored);
        };
        set(BodyPart::Fingertips, hand.fingertips, handColumn);
        set(BodyPart::Fingers, hand.fingers, handColumn);
        set(BodyPart::Hand, hand.hand, handColumn);
        set(BodyPart::Wrist, hand.wrist, handColumn);
        set(BodyPart::Forearm, hand.forearm, handColumn);
        set(BodyPart::UpperArm, hand.upperArm, handColumn);
        // Feet stand toes up, like the fingers, with the leg below: the rows of arms and legs
        // line up (fingertips beside toes, wrists beside lower legs, forearms beside thighs), so
        // the arrow keys move between like parts.
        const QTransform toesUp(1, 0, 0, -1, 0, kFootHeight);
        set(BodyPart::Toes, toesUp.map(foot.toes), footColumn);
        set(BodyPart::Foot, toesUp.map(foot.foot), footColumn);
        set(BodyPart::Ankle, toesUp.map(foot.ankle), footColumn);
        set(BodyPart::LowerLeg, toesUp.map(foot.lowerLeg), footColumn);
        set(BodyPart::Thigh, toesUp.map(foot.thigh), footColumn);
    }
    for (int column = 0; column < kColumns; ++column) {
        QPainterPath limb;
        for (int row = 0; row < rowCount(column); ++row)
            limb = limb.united(shape(regionAt(column, row)));
        m_limbs[std::size_t(column)] = limb.simplified();
    }
}

QRectF BodyMapShapes::columnRect(int column) const
{
    return QRectF(kColumnLeft[std::size_t(column)], 0, kColumnWidth, kHeight);
}

int BodyMapShapes::columnOf(Region region)
{
    const int sideOffset = region.side == Side::Left ? 0 : 1;
    return region.isHand() ? sideOffset : 2 + sideOffset;
}

int BodyMapShapes::rowOf(Region region)
{
    switch (region.part) {
    case BodyPart::Fingertips:
    case BodyPart::Toes:
        return 0;
    case BodyPart::Fingers:
    case BodyPart::Foot:
        return 1;
    case BodyPart::Hand:
    case BodyPart::Ankle:
        return 2;
    case BodyPart::Wrist:
    case BodyPart::LowerLeg:
        return 3;
    case BodyPart::Forearm:
    case BodyPart::Thigh:
        return 4;
    case BodyPart::UpperArm:
        return 5;
    }
    return 0;
}

Region BodyMapShapes::regionAt(int column, int row)
{
    static constexpr std::array<BodyPart, kRows> handRows = {BodyPart::Fingertips, BodyPart::Fingers,
                                                             BodyPart::Hand,       BodyPart::Wrist,
                                                             BodyPart::Forearm,    BodyPart::UpperArm};
    // A leg has five regions: its last row (beside the upper arm) is the thigh again.
    static constexpr std::array<BodyPart, kRows> footRows = {BodyPart::Toes,  BodyPart::Foot,
                                                             BodyPart::Ankle, BodyPart::LowerLeg,
                                                             BodyPart::Thigh, BodyPart::Thigh};
    const Side side = column % 2 == 0 ? Side::Left : Side::Right;
    row = std::clamp(row, 0, rowCount(column) - 1);
    const BodyPart part = column < 2 ? handRows[std::size_t(row)] : footRows[std::size_t(row)];
    return Region{side, part};
}

std::optional<Region> BodyMapShapes::regionAt(const QPointF &point, qreal tolerance) const
{
    int column = -1;
    for (int c = 0; c < kColumns; ++c) {
        // Half the gap between columns belongs to each neighbour.
        if (columnRect(c).adjusted(-5, -10, 5, 10).contains(point))
            column = c;
    }
    if (column < 0)
        return std::nullopt;
    std::optional<Region> best;
    qreal bestDistance = tolerance;
    for (int row = 0; row < rowCount(column); ++row) {
        const Region region = regionAt(column, row);
        const qreal distance = distanceToPath(shape(region), point);
        if (distance == 0)
            return region;
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = region;
        }
    }
    return best;
}

} // namespace nd
