#pragma once

namespace nd {

// The window's first text needs the system's font configuration, which fontconfig
// builds from dozens of XML files (about 7 ms on the 2-core test machine, as long as a
// bare window takes to start). start() reads it on a worker thread while the UI thread
// creates the application and opens the diary; finish() waits for it just before the
// first widget measures text, so Qt finds it ready instead of reading it again.
// Without fontconfig at build time both do nothing.
namespace FontWarmUp {

void start();
void finish();

} // namespace FontWarmUp
} // namespace nd
