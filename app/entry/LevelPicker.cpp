#include "LevelPicker.h"

#include "model/ValueWords.h"

namespace nd {

LevelPicker::LevelPicker(QWidget *parent) : WordChoice(&LevelPicker::words, parent) {}

WordChoice::Words LevelPicker::words()
{
    // The level words are the diary's own (ValueWords): the report and the flags say the same.
    QStringList labels;
    for (int level = 0; level <= 4; ++level)
        labels.append(ValueWords::taskLevelTitle(level));
    return {labels,
            {tr("None: no trouble"), tr("Mild: a little harder than usual"),
             tr("Moderate: clearly harder, takes longer"), tr("Severe: only with great effort or help"),
             tr("Unable: could not do it")},
            tr("Not rated")};
}

} // namespace nd
