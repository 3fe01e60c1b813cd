// Allowed: the command line uses the core, the settings store and the reminders.
#include "cli/CliSupport.h"
#include "config/AppSettings.h"
#include "storage/DiaryStore.h"
