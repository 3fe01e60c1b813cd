// Allowed: a widget includes another widget and Qt Widgets.
#include "widgets/Theme.h"

#include <QWidget>
