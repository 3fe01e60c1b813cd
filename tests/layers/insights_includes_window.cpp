// Wrong way: nothing below the window includes it (it passes what they need instead).
#include "MainWindow.h"
