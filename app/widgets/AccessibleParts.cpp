#include "AccessibleParts.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWidget>

namespace nd {

namespace {

AccessibleParts *partsOf(QObject *object)
{
    return dynamic_cast<AccessibleParts *>(object);
}

// One painted target: has no QObject of its own, so it asks its widget for everything.
class PartAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PartAccessible(QWidget *widget, int part) : m_widget(widget), m_part(part) {}

    bool isValid() const override { return m_widget && parts() && m_part < parts()->partCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_widget ? m_widget->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_widget); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return parts()->partName(m_part);
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = parts()->partRect(m_part);
        return QRect(m_widget->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return isValid() ? parts()->partRole() : QAccessible::NoRole; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.checkable = parts()->isPartCheckable();
        s.checked = s.checkable && parts()->isPartChecked(m_part);
        s.focusable = true;
        s.focused = m_widget->hasFocus() && parts()->focusedPart() == m_part;
        s.invisible = !m_widget->isVisible();
        s.disabled = !m_widget->isEnabled();
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this)
                                                    : nullptr;
    }

    QStringList actionNames() const override
    {
        if (!isValid())
            return {};
        return parts()->isPartCheckable() ? QStringList{pressAction(), toggleAction()}
                                          : QStringList{pressAction()};
    }
    void doAction(const QString &actionName) override
    {
        if (isValid() && (actionName == pressAction() || actionName == toggleAction()))
            parts()->activatePart(m_part);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    AccessibleParts *parts() const { return partsOf(m_widget.data()); }

    QPointer<QWidget> m_widget;
    int m_part;
};

// The widget itself: a group (or slider) whose children are its painted targets.
class PartsWidgetAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit PartsWidgetAccessible(QWidget *widget)
        : QAccessibleWidget(widget, partsOf(widget)->accessibleRole())
    {}
    ~PartsWidgetAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_childIds))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return parts()->partCount(); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= parts()->partCount())
            return nullptr;
        auto found = m_childIds.constFind(index);
        if (found != m_childIds.constEnd())
            return QAccessible::accessibleInterface(found.value());
        auto *part = new PartAccessible(widget(), index);
        m_childIds.insert(index, QAccessible::registerAccessibleInterface(part));
        return part;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_childIds.constBegin(); it != m_childIds.constEnd(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
        for (int i = 0; i < parts()->partCount(); ++i) {
            if (parts()->partRect(i).contains(local))
                return child(i);
        }
        return nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        const int focused = parts()->focusedPart();
        return widget()->hasFocus() && focused >= 0 ? child(focused) : nullptr;
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return parts()->accessibleValueText();
        return QAccessibleWidget::text(t);
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface && parts()->accessibleCurrentValue().isValid())
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QVariant currentValue() const override { return parts()->accessibleCurrentValue(); }
    void setCurrentValue(const QVariant &) override {}
    QVariant maximumValue() const override { return parts()->accessibleMaximumValue(); }
    QVariant minimumValue() const override { return parts()->accessibleMinimumValue(); }
    QVariant minimumStepSize() const override { return 1; }

private:
    AccessibleParts *parts() const { return partsOf(object()); }

    mutable QHash<int, QAccessible::Id> m_childIds;
};

QAccessibleInterface *partsFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && partsOf(object))
        return new PartsWidgetAccessible(widget);
    return nullptr;
}

} // namespace

void AccessibleParts::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(partsFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void AccessibleParts::notifyValueChanged(QObject *widget)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return;
    if (iface->valueInterface()) {
        QAccessibleValueChangeEvent event(iface, iface->valueInterface()->currentValue());
        QAccessible::updateAccessibility(&event);
    } else {
        QAccessible::State changed;
        changed.checked = true;
        QAccessibleStateChangeEvent event(iface, changed);
        QAccessible::updateAccessibility(&event);
    }
    if (QAccessibleInterface *focused = iface->focusChild()) {
        QAccessibleEvent focus(focused, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace nd
