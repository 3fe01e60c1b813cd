// Wrong way: widgets know only Qt (controls bound to the diary's values live in app/entry).
#include "model/Entry.h"
