#include "FontWarmUp.h"

#ifdef NERVEDIARY_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <thread>

namespace nd::FontWarmUp {

namespace {
// Joined at the latest when the program ends.
struct Worker
{
    std::thread thread;
    ~Worker()
    {
        if (thread.joinable())
            thread.join();
    }
};
Worker worker;
} // namespace

void start()
{
#ifdef NERVEDIARY_HAVE_FONTCONFIG
    if (!worker.thread.joinable())
        worker.thread = std::thread([] { FcInit(); }); // thread-safe in fontconfig ≥ 2.10
#endif
}

void finish()
{
    if (worker.thread.joinable())
        worker.thread.join();
}

} // namespace nd::FontWarmUp
