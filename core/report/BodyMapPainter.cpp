#include "BodyMapPainter.h"

#include <QCoreApplication>
#include <QPainterPath>

namespace nd::BodyMapPainter {

namespace {

constexpr qreal kFigureAspect = 1.75; // height / width of one hand or foot
constexpr qreal kLimbShare = 0.55;    // of the figure height, for the arm or leg below it
constexpr qreal kLabelShare = 0.16;   // of the figure height, for "left hand" under it

QColor markedFill()
{
    return QColor(0xc9, 0xcf, 0xd6);
}

// The paths of one hand's regions in a figure box. A hand is seen from its back with
// the fingers up, so the thumb of the left hand is on the right.
QList<std::pair<BodyPart, QPainterPath>> handPaths(const QRectF &box, Side side)
{
    const qreal w = box.width();
    const qreal h = box.height();
    const qreal x0 = box.left();
    const qreal y0 = box.top();
    QPainterPath wrist, hand, fingers, tips;
    wrist.addRoundedRect(QRectF(x0 + 0.28 * w, y0 + 0.84 * h, 0.44 * w, 0.15 * h), 0.04 * w, 0.04 * w);
    hand.addRoundedRect(QRectF(x0 + 0.2 * w, y0 + 0.5 * h, 0.6 * w, 0.34 * h), 0.1 * w, 0.1 * w);
    const qreal fingerWidth = 0.6 * w / 4;
    const qreal tops[4] = {0.16, 0.08, 0.06, 0.12};
    for (int i = 0; i < 4; ++i) {
        const qreal left = x0 + 0.2 * w + i * fingerWidth + 0.012 * w;
        const qreal width = fingerWidth - 0.024 * w;
        const qreal top = y0 + tops[i] * h;
        tips.addRoundedRect(QRectF(left, top, width, 0.1 * h), width / 2, width / 2);
        fingers.addRect(QRectF(left, top + 0.1 * h, width, y0 + 0.5 * h - top - 0.1 * h));
    }
    // The thumb leans out from the side of the hand.
    const bool thumbRight = side == Side::Left;
    const qreal thumbX = thumbRight ? x0 + 0.8 * w : x0 + 0.04 * w;
    const qreal thumbWidth = 0.16 * w;
    tips.addRoundedRect(QRectF(thumbX, y0 + 0.36 * h, thumbWidth, 0.09 * h), thumbWidth / 2, thumbWidth / 2);
    fingers.addRect(QRectF(thumbX, y0 + 0.45 * h, thumbWidth, 0.16 * h));
    // The arm goes on below the wrist: forearm, then upper arm.
    QPainterPath forearm, upperArm;
    forearm.addRoundedRect(QRectF(x0 + 0.3 * w, y0 + 0.99 * h, 0.4 * w, 0.26 * h), 0.04 * w, 0.04 * w);
    upperArm.addRoundedRect(QRectF(x0 + 0.27 * w, y0 + 1.26 * h, 0.46 * w, 0.28 * h), 0.08 * w, 0.08 * w);
    return {{BodyPart::Fingertips, tips}, {BodyPart::Fingers, fingers}, {BodyPart::Hand, hand},
            {BodyPart::Wrist, wrist},     {BodyPart::Forearm, forearm}, {BodyPart::UpperArm, upperArm}};
}

// One foot from above with the toes up; the big toe is on the inner side.
QList<std::pair<BodyPart, QPainterPath>> footPaths(const QRectF &box, Side side)
{
    const qreal w = box.width();
    const qreal h = box.height();
    const qreal x0 = box.left();
    const qreal y0 = box.top();
    QPainterPath leg, ankle, foot, toes;
    leg.addRoundedRect(QRectF(x0 + 0.3 * w, y0 + 0.83 * h, 0.4 * w, 0.16 * h), 0.04 * w, 0.04 * w);
    ankle.addRoundedRect(QRectF(x0 + 0.26 * w, y0 + 0.7 * h, 0.48 * w, 0.13 * h), 0.06 * w, 0.06 * w);
    foot.addRoundedRect(QRectF(x0 + 0.16 * w, y0 + 0.2 * h, 0.68 * w, 0.5 * h), 0.22 * w, 0.22 * w);
    const bool bigToeRight = side == Side::Left;
    const qreal sizes[5] = {0.2, 0.14, 0.13, 0.12, 0.11};
    qreal x = x0 + 0.14 * w;
    for (int i = 0; i < 5; ++i) {
        const int toe = bigToeRight ? 4 - i : i;
        const qreal width = sizes[toe] * w * 0.92;
        const qreal top = y0 + (0.05 + 0.012 * toe) * h;
        toes.addEllipse(QRectF(x, top, width, 0.14 * h));
        x += width + 0.018 * w;
    }
    // The thigh below the lower leg, wider towards the hip.
    QPainterPath thigh;
    thigh.moveTo(x0 + 0.3 * w, y0 + 1.0 * h);
    thigh.lineTo(x0 + 0.7 * w, y0 + 1.0 * h);
    thigh.lineTo(x0 + 0.77 * w, y0 + 1.54 * h);
    thigh.lineTo(x0 + 0.23 * w, y0 + 1.54 * h);
    thigh.closeSubpath();
    return {{BodyPart::Toes, toes},
            {BodyPart::Foot, foot},
            {BodyPart::Ankle, ankle},
            {BodyPart::LowerLeg, leg},
            {BodyPart::Thigh, thigh}};
}

void fillRegion(QPainter &painter, const QPainterPath &path, const ReportStyle &style, bool marked,
                bool highlighted)
{
    if (highlighted) {
        painter.fillPath(path, style.feet.lighter(150));
        painter.fillPath(path, QBrush(style.feet.darker(130), Qt::BDiagPattern));
    } else if (marked) {
        painter.fillPath(path, markedFill());
    } else {
        painter.fillPath(path, Qt::white);
    }
    painter.setPen(QPen(style.muted, ReportUnits::pt(0.6)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

} // namespace

qreal heightForWidth(qreal width)
{
    const qreal figureWidth = width / 4.4;
    return figureWidth * kFigureAspect * (1 + kLabelShare);
}

void paint(QPainter &painter, const QRectF &area, const ReportStyle &style, RegionSet marked,
           RegionSet highlighted)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal slotWidth = area.width() / 4.4;
    const qreal gap = (area.width() - 4 * slotWidth) / 3;
    // The hand or foot and its arm or leg share the height a hand alone had, so the report's
    // pages keep their layout.
    const qreal figureWidth = slotWidth / (1 + kLimbShare);
    const qreal figureHeight = figureWidth * kFigureAspect;
    const struct
    {
        Side side;
        bool hand;
        const char *label;
    } figures[4] = {{Side::Left, true, QT_TRANSLATE_NOOP("Report", "left hand")},
                    {Side::Right, true, QT_TRANSLATE_NOOP("Report", "right hand")},
                    {Side::Left, false, QT_TRANSLATE_NOOP("Report", "left foot")},
                    {Side::Right, false, QT_TRANSLATE_NOOP("Report", "right foot")}};
    for (int i = 0; i < 4; ++i) {
        const QRectF box(area.left() + i * (slotWidth + gap) + (slotWidth - figureWidth) / 2, area.top(),
                         figureWidth, figureHeight);
        const auto paths =
            figures[i].hand ? handPaths(box, figures[i].side) : footPaths(box, figures[i].side);
        for (const auto &[part, path] : paths) {
            const Region region{figures[i].side, part};
            fillRegion(painter, path, style, marked.contains(region), highlighted.contains(region));
        }
        painter.setPen(style.muted);
        style.small.drawCentered(painter, box.center().x(),
                                 box.bottom() + figureHeight * kLimbShare + ReportUnits::pt(1.5),
                                 QCoreApplication::translate("Report", figures[i].label));
    }
    painter.restore();
}

void paintSwatch(QPainter &painter, const QRectF &box, const ReportStyle &style, bool highlighted)
{
    painter.save();
    QPainterPath path;
    path.addRect(box);
    fillRegion(painter, path, style, true, highlighted);
    painter.restore();
}

} // namespace nd::BodyMapPainter
