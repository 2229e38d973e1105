#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace foley::fuzz {

// What a parser made of one input. Every parser must either accept the input or reject it with a message for people;
// a rejection without a message is a finding like a crash.
enum class FuzzOutcome { Accepted, Rejected, RejectedWithoutMessage };

// One parser of outside data, fed raw bytes: by the libFuzzer executables (fuzz_<name>, preset `fuzz`) and by the
// replay test (tst_fuzzreplay) that runs every committed corpus and finding input through the same function.
struct FuzzTarget {
    const char* name;  // also the folder tests/fuzz/corpus/<name>/ and tests/fuzz/findings/<name>/
    FuzzOutcome (*run)(const uint8_t* data, std::size_t sizeBytes);
};

const std::vector<FuzzTarget>& fuzzTargets();
// nullptr for an unknown name.
const FuzzTarget* findFuzzTarget(const std::string& name);

}  // namespace foley::fuzz
