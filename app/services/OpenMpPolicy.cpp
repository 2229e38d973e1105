#include "app/services/OpenMpPolicy.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

#include <unistd.h>

namespace foley::app {

namespace {

struct CpuTimes {
    unsigned long long idle = 0, total = 0;
};

bool readCpuTimes(CpuTimes& out)
{
    std::ifstream stat("/proc/stat");
    std::string cpu;
    unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    if (!(stat >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal) || cpu != "cpu") return false;
    out.idle = idle + iowait;
    out.total = user + nice + system + idle + iowait + irq + softirq + steal;
    return true;
}

// Whether other programs keep at least half a core busy right now: the CPU time spent over 60 ms while this process
// sleeps. (The load average lags by a minute and counts this program's own previous runs.)
bool coresShared()
{
    CpuTimes before, after;
    if (!readCpuTimes(before)) return true;  // unknown: assume the worst
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    if (!readCpuTimes(after) || after.total <= before.total) return true;
    const double busy = 1.0 - static_cast<double>(after.idle - before.idle) / static_cast<double>(after.total - before.total);
    return busy * std::max(1u, std::thread::hardware_concurrency()) > 0.5;
}

}  // namespace

void restartWithPassiveOpenMpIfNeeded(char** argv, OpenMpRestart when)
{
    if (std::getenv("OMP_WAIT_POLICY") != nullptr) return;
    if (when == OpenMpRestart::WhenCoresShared && !coresShared()) return;
    if (::setenv("OMP_WAIT_POLICY", "PASSIVE", 1) != 0) return;
    ::execv("/proc/self/exe", argv);  // only returns on failure: then carry on with the default policy
}

}  // namespace foley::app
