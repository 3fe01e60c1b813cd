#pragma once

#include "SegmentedControl.h"

namespace nd {

// Yes / No / Not asked for a check or a warning sign. Keys: Y, N (or 1, 0),
// arrows, Delete goes back to "not asked".
class YesNoToggle : public SegmentedControl
{
    Q_OBJECT

public:
    static constexpr int kYes = 0; // segment order: Yes, No
    static constexpr int kNo = 1;

    explicit YesNoToggle(QWidget *parent = nullptr);

    // The diary value: 1 yes, 0 no, nullopt not asked.
    std::optional<int> fieldValue() const;
    void setFieldValue(std::optional<int> value);
    bool isYes() const { return value() == kYes; }

protected:
    std::optional<int> optionForKey(const QKeyEvent *event) const override;

private:
    void retranslate() override;
};

} // namespace nd
