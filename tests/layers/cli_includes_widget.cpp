// Wrong way: the command line runs without a window.
#include "widgets/Theme.h"
