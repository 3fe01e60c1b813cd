#pragma once

#include "BodyMapShapes.h"
#include "widgets/AccessibleParts.h"
#include "widgets/PartInteraction.h"

#include <QWidget>

namespace nd {

// Both hands and both feet, drawn from vector shapes, where the user marks the
// regions that have symptoms (the 16 region codes of FORMATS.md). Fingers and toes
// point up; every region's band is at least 44 px tall.
//
// Pointer: a click (or tap) on or near a region toggles it. Keyboard: one Tab stop;
// arrows move between regions (up/down within a limb, left/right to the like part
// of the next limb: fingertips, toes; wrist, lower leg),
// Space or Enter toggles, Delete unmarks. The focused region has a thick outline;
// marked regions are filled with a colour and a stripe pattern and named in
// markedSummary(), so nothing depends on seeing colour.
class BodyMap : public QWidget, public AccessibleParts
{
    Q_OBJECT

public:
    explicit BodyMap(QWidget *parent = nullptr);

    RegionSet regions() const { return m_regions; }
    void setRegions(RegionSet regions);
    bool isMarked(Region region) const { return m_regions.contains(region); }

    Region focusRegion() const { return m_focus; }
    void setFocusRegion(Region region);

    // Where a region is drawn, in widget coordinates (at least a target size big).
    QRect regionRect(Region region) const;
    // The point a test (or a careful user) would click to hit a region.
    QPoint regionCenter(Region region) const;
    std::optional<Region> regionAt(const QPoint &point) const;

    static QString regionName(Region region);
    // "Left fingertips, right toes" or "Nothing marked".
    QString markedSummary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // AccessibleParts
    QAccessible::Role accessibleRole() const override { return QAccessible::Grouping; }
    QAccessible::Role partRole() const override { return QAccessible::CheckBox; }
    int partCount() const override { return kRegionCount; }
    QString partName(int part) const override { return regionName(Region::fromIndex(part)); }
    QRect partRect(int part) const override { return regionRect(Region::fromIndex(part)); }
    int partAt(const QPoint &point) const override;
    bool isPartChecked(int part) const override { return isMarked(Region::fromIndex(part)); }
    void activatePart(int part) override;
    int focusedPart() const override { return m_focus.index(); }
    QString accessibleValueText() const override { return markedSummary(); }

signals:
    void regionsChanged(nd::RegionSet regions);
    void edited(); // changed by the user, not by setRegions()

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void toggle(Region region);
    void moveFocus(int columnStep, int rowStep);
    QTransform mapTransform() const;
    qreal mapScale() const;
    static qreal scaleForWidth(int width);
    int labelHeight() const;
    void paintLimbLabels(QPainter &painter) const;

    // The shapes, built on first use: the map is below the fold of the Today page, so
    // the window's first frame does not wait for their path clipping.
    static const BodyMapShapes &shapes();

    RegionSet m_regions;
    Region m_focus{Side::Left, BodyPart::Fingertips};
    PartInteraction m_pointer; // parts are region indexes
};

} // namespace nd
