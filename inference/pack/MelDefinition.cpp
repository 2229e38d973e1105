#include "inference/pack/MelDefinition.h"

#include "core/dsp/MelConfig.h"

namespace foley::inference {

MelDefinition coreMelDefinition()
{
    const dsp::MelConfig c;
    MelDefinition m;
    m.sampleRate = c.sampleRate;
    m.nFft = c.nFft;
    m.winLength = c.winLength;
    m.window = dsp::MelConfig::kWindow;
    m.hop = c.hop;
    m.nMels = c.nMels;
    m.fMin = c.fMin;
    m.fMax = c.fMax;
    m.melScale = dsp::MelConfig::kMelScale;
    m.melNorm = dsp::MelConfig::kNorm;
    m.magnitude = dsp::MelConfig::kMagnitude;
    m.log = dsp::MelConfig::kLog;
    m.logFloor = c.logFloor;
    m.center = c.center;
    m.padMode = dsp::MelConfig::kPadMode;
    return m;
}

std::string firstMelDifference(const MelDefinition& a, const MelDefinition& b)
{
    if (a.sampleRate != b.sampleRate) return "sampleRate";
    if (a.nFft != b.nFft) return "nFft";
    if (a.winLength != b.winLength) return "winLength";
    if (a.window != b.window) return "window";
    if (a.hop != b.hop) return "hop";
    if (a.nMels != b.nMels) return "nMels";
    if (a.fMin != b.fMin) return "fMin";
    if (a.fMax != b.fMax) return "fMax";
    if (a.melScale != b.melScale) return "melScale";
    if (a.melNorm != b.melNorm) return "melNorm";
    if (a.magnitude != b.magnitude) return "magnitude";
    if (a.log != b.log) return "log";
    if (a.logFloor != b.logFloor) return "logFloor";
    if (a.center != b.center) return "center";
    if (a.padMode != b.padMode) return "padMode";
    return {};
}

}  // namespace foley::inference
