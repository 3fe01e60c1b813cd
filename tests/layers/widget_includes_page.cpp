// Wrong way: widgets sit below the pages.
#include "pages/TodayPage.h"
