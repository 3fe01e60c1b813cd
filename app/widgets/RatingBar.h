#pragma once

#include "SegmentedControl.h"

#include <QElapsedTimer>

namespace nd {

// A 0–10 symptom rating as eleven big numbered buttons, plus a "not rated" segment.
// Keys: 0–9 pick a number, and "1" then "0" typed within kTwoDigitMs gives 10; arrows
// step, Home/End jump to 0/10, Delete clears.
// Buttons up to the chosen number are tinted, so the row also reads as a filling bar.
class RatingBar : public SegmentedControl
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 10;
    // How long after "1" a "0" still makes 10 (slow typing with numb fingers included).
    static constexpr int kTwoDigitMs = 1500;

    explicit RatingBar(QWidget *parent = nullptr);

    QAccessible::Role accessibleRole() const override { return QAccessible::Slider; }
    QString accessibleValueText() const override;

protected:
    std::optional<int> optionForKey(const QKeyEvent *event) const override;
    bool fillsUpToValue() const override { return true; }
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate() override;

    QElapsedTimer m_sinceOne; // running while a typed "1" may still become 10
};

} // namespace nd
