#pragma once

#include <string>

namespace foley::inference {

// The mel definition a pack was trained with, as recorded in model.json ("mel"). The engine refuses a pack whose
// definition differs from core's (core/dsp MelConfig), because what the user sees must be what the model learned.
struct MelDefinition {
    int sampleRate = 16000;
    int nFft = 1024;
    int winLength = 1024;
    std::string window = "hann-periodic";
    int hop = 160;
    int nMels = 64;
    double fMin = 0.0;
    double fMax = 8000.0;
    std::string melScale = "slaney";
    std::string melNorm = "slaney";
    std::string magnitude = "magnitude";  // power 1
    std::string log = "ln-floor";
    double logFloor = 1e-5;
    bool center = true;
    std::string padMode = "reflect";
};

// The definition core/dsp implements (read from its MelConfig, identity strings included).
MelDefinition coreMelDefinition();

// Name of the first field in which `pack` differs from `core` ("" when equal), e.g. "melBins".
std::string firstMelDifference(const MelDefinition& pack, const MelDefinition& core);

}  // namespace foley::inference
