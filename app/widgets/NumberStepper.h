#pragma once

#include "AccessibleParts.h"
#include "PartInteraction.h"

#include <QWidget>

#include <optional>

namespace nd {

// A whole number (falls, near falls, minutes, drinks) with big − and + buttons
// either side of the value, so nothing needs precise clicking. One Tab stop:
// Up/Right/+ add a step, Down/Left/− take one away, digits type a number,
// Delete goes back to blank ("not recorded").
class NumberStepper : public QWidget, public AccessibleParts
{
    Q_OBJECT

public:
    enum Part { DecreasePart, IncreasePart };

    explicit NumberStepper(QWidget *parent = nullptr);

    void setMaximum(int maximum);
    int maximum() const { return m_maximum; }
    // The smallest value (default 0). Typed digits may pass below it on the way
    // ("1", "15", "150"); the value is raised to it when the focus leaves.
    void setMinimum(int minimum);
    int minimum() const { return m_minimum; }
    void setStep(int step) { m_step = std::max(1, step); }
    int step() const { return m_step; }
    // Shown after the number, e.g. "min"; spoken names for the buttons.
    void setUnit(const QString &unit);
    void setButtonNames(const QString &decrease, const QString &increase);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);

    QRect buttonRect(Part part) const;
    QString displayText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // AccessibleParts
    QAccessible::Role accessibleRole() const override { return QAccessible::SpinBox; }
    QAccessible::Role partRole() const override { return QAccessible::Button; }
    bool isPartCheckable() const override { return false; }
    int partCount() const override { return 2; }
    QString partName(int part) const override;
    QRect partRect(int part) const override { return buttonRect(Part(part)); }
    int partAt(const QPoint &point) const override;
    bool isPartChecked(int) const override { return false; }
    void activatePart(int part) override;
    int focusedPart() const override { return -1; }
    QString accessibleValueText() const override;
    QVariant accessibleCurrentValue() const override { return m_value.value_or(0); }
    QVariant accessibleMinimumValue() const override { return m_minimum; }
    QVariant accessibleMaximumValue() const override { return m_maximum; }

public slots:
    void stepUp();
    void stepDown();

signals:
    void valueChanged();
    void edited(); // changed by the user, not by setValue()

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setValueByUser(std::optional<int> value);
    int displayWidth() const;
    mutable int m_displayWidth = -1; // measured once per font, unit and maximum

    std::optional<int> m_value;
    int m_minimum = 0;
    int m_maximum = 99;
    int m_step = 1;
    QString m_unit;
    QString m_decreaseName;
    QString m_increaseName;
    bool m_typing = false; // digits typed since focus came in append to each other
    PartInteraction m_pointer;
};

} // namespace nd
