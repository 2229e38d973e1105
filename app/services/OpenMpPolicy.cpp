#include "app/services/OpenMpPolicy.h"

#include <cstdlib>
#include <unistd.h>

namespace foley::app {

void restartWithPassiveOpenMpIfNeeded(char** argv)
{
    if (std::getenv("OMP_WAIT_POLICY") != nullptr) return;
    if (::setenv("OMP_WAIT_POLICY", "PASSIVE", 1) != 0) return;
    ::execv("/proc/self/exe", argv);  // only returns on failure: then carry on with the default policy
}

}  // namespace foley::app
