#pragma once

#include "widgets/WordChoice.h"

namespace nd {

// What a skin check found (FORMATS.md "skin": none, blister, cut, burn, redness,
// other), as big word buttons plus "Not checked". The value is the SkinFinding code.
// Keys: 0–5, a unique first letter, arrows, Delete.
class SkinChoice : public WordChoice
{
    Q_OBJECT

public:
    explicit SkinChoice(QWidget *parent = nullptr);

private:
    static Words words();
};

} // namespace nd
