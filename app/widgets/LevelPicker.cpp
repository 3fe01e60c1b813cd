#include "LevelPicker.h"

namespace nd {

LevelPicker::LevelPicker(QWidget *parent) : WordChoice(&LevelPicker::words, parent) {}

QString LevelPicker::levelName(int level)
{
    switch (level) {
    case 0:
        return tr("None");
    case 1:
        return tr("Mild");
    case 2:
        return tr("Moderate");
    case 3:
        return tr("Severe");
    case 4:
        return tr("Unable");
    default:
        return tr("Not rated");
    }
}

WordChoice::Words LevelPicker::words()
{
    return {{levelName(0), levelName(1), levelName(2), levelName(3), levelName(4)},
            {tr("None: no trouble"), tr("Mild: a little harder than usual"),
             tr("Moderate: clearly harder, takes longer"), tr("Severe: only with great effort or help"),
             tr("Unable: could not do it")},
            tr("Not rated")};
}

} // namespace nd
