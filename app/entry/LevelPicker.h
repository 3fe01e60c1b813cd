#pragma once

#include "widgets/WordChoice.h"

namespace nd {

// How hard a daily task was: none, mild, moderate, severe, unable (levels 0–4 of
// FORMATS.md), each a big button with its word, plus a "not rated" segment.
// Keys: 0–4, the first letter of a unique word, arrows, Delete clears.
class LevelPicker : public WordChoice
{
    Q_OBJECT

public:
    explicit LevelPicker(QWidget *parent = nullptr);

private:
    static Words words();
};

} // namespace nd
