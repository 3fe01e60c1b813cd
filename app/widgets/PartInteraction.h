#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace nd {

class AccessibleParts;

// The pointer and key handling shared by controls that paint several targets themselves
// (the segments of a SegmentedControl, the regions of the BodyMap, the − and + of a
// NumberStepper) and describe them as AccessibleParts. Composed into the control, it makes
// the control one Tab stop with its parts known to screen readers, watches its events and keeps:
// - which part the pointer is over (mouse tracking on; -1 over none or after leaving),
// - which part a left press started on: releasing anywhere on the control then
//   activates that part, so a shaky hand may slide a little (a release outside does not),
// - keys with Ctrl, Alt or Meta: passed on to the parent unseen by the control (they are
//   the window's shortcuts, never a choice).
// It repaints the control whenever the hovered or pressed part changes (QWidget itself
// repaints it when the key focus comes or goes, for the focus ring). The control keeps
// what is its own: where its parts are (partAt), what activating one does (activatePart),
// its keys and its painting (hovered(), pressed(), isHot()).
class PartInteraction : public QObject
{
    Q_OBJECT

public:
    PartInteraction(QWidget *control, AccessibleParts &parts);

    int hovered() const { return m_hovered; }
    int pressed() const { return m_pressed; }
    // Under the pointer or held down: painted lighter.
    bool isHot(int part) const { return part >= 0 && (part == m_hovered || part == m_pressed); }

    // True for a key the control should not treat as its own (Ctrl, Alt or Meta held).
    static bool isShortcutKey(const QKeyEvent *event);

signals:
    void hoveredChanged(int part);
    // A left press went down on `part` (-1: on no part).
    void pressStarted(int part);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setHovered(int part);

    QWidget *m_control;
    AccessibleParts &m_parts;
    int m_hovered = -1;
    int m_pressed = -1;
};

} // namespace nd
