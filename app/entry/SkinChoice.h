#pragma once

#include "widgets/SegmentedControl.h"

namespace nd {

// What a skin check found (FORMATS.md "skin": none, blister, cut, burn, redness,
// other), as big word buttons plus "Not checked". The value is the SkinFinding code.
// Keys: 0–5, a unique first letter, arrows, Delete.
class SkinChoice : public SegmentedControl
{
    Q_OBJECT

public:
    explicit SkinChoice(QWidget *parent = nullptr);

    static QString findingName(int finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace nd
