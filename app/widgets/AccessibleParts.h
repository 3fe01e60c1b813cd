#pragma once

#include <QAccessible>
#include <QRect>
#include <QString>
#include <QVariant>

namespace nd {

// A widget that paints several targets itself (the segments of a rating bar, the
// regions of the body map) describes them here, so screen readers see each target
// as its own control with a name, a state and a place on screen.
class AccessibleParts
{
public:
    virtual ~AccessibleParts() = default;

    virtual QAccessible::Role accessibleRole() const = 0;
    virtual QAccessible::Role partRole() const = 0;
    virtual int partCount() const = 0;
    virtual QString partName(int part) const = 0;
    virtual QRect partRect(int part) const = 0; // in widget coordinates
    // The part a press or the pointer at `point` counts for (gaps may belong to the nearest
    // part: no dead zones for unsteady hands), or -1.
    virtual int partAt(const QPoint &point) const = 0;
    virtual bool isPartCheckable() const { return true; }
    virtual bool isPartChecked(int part) const = 0;
    virtual void activatePart(int part) = 0; // what a click on the part does
    virtual int focusedPart() const = 0;     // -1 when none

    // The widget's current value as read aloud ("4", "Mild", "2 regions marked").
    virtual QString accessibleValueText() const = 0;
    // A numeric value for assistive tools; an invalid QVariant when the widget has none.
    virtual QVariant accessibleCurrentValue() const { return {}; }
    virtual QVariant accessibleMinimumValue() const { return {}; }
    virtual QVariant accessibleMaximumValue() const { return {}; }

    // Tells assistive tools that the value (and the checked parts) changed.
    static void notifyValueChanged(QObject *widget);
    // Installs the accessibility factory for these widgets (idempotent).
    static void installFactory();
};

} // namespace nd
