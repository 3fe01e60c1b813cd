// Wrong way: the alerts' parts sit below the pages (pages → alerts → insights, no cycle).
#include "pages/TrendsPage.h"
