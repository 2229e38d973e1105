// libFuzzer entry of one fuzz_<name> executable: FOLEY_FUZZ_TARGET names the parser (tests/fuzz/FuzzTargets.cpp).
#include "tests/fuzz/FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const foley::fuzz::FuzzTarget* target = foley::fuzz::findFuzzTarget(FOLEY_FUZZ_TARGET);
    if (!target) {
        std::fprintf(stderr, "no fuzz target named %s\n", FOLEY_FUZZ_TARGET);
        std::abort();
    }
    if (target->run(data, size) == foley::fuzz::FuzzOutcome::RejectedWithoutMessage) {
        std::fprintf(stderr, "%s rejected an input without saying why\n", target->name);
        std::abort();
    }
    return 0;
}
