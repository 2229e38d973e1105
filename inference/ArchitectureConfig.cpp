#include "inference/ArchitectureConfig.h"

namespace foley::inference {

ArchitectureConfig architectureFor(SizePreset preset)
{
    ArchitectureConfig c;
    switch (preset) {
    case SizePreset::Default:
        break;
    case SizePreset::Small:
        c.textWidth = 64;
        c.textLayers = 1;
        c.promptTokens = 8;
        c.videoChannels = 8;
        c.videoFeatureDim = 64;
        c.temporalHidden = 32;
        c.referenceHidden = 64;
        c.width = 96;
        c.depth = 3;
        c.windowFrames = 128;
        c.overlapFrames = 32;
        c.vocoderDim = 64;
        c.vocoderLayers = 3;
        break;
    case SizePreset::Tiny:
        c.textHashBuckets = 32;
        c.textWidth = 32;
        c.textLayers = 1;
        c.textHeads = 2;
        c.textMaxTokens = 16;
        c.promptTokens = 4;
        c.videoFrameSize = 16;
        c.videoChannels = 8;
        c.videoFeatureDim = 16;
        c.temporalHidden = 16;
        c.referenceHidden = 16;
        c.width = 32;
        c.depth = 2;
        c.heads = 2;
        c.mlpRatio = 2;
        c.windowFrames = 64;
        c.overlapFrames = 16;
        c.vocoderDim = 16;
        c.vocoderLayers = 1;
        c.vocoderFft = 320;
        break;
    }
    return c;
}

std::string toString(SizePreset preset)
{
    switch (preset) {
    case SizePreset::Tiny: return "tiny";
    case SizePreset::Small: return "small";
    case SizePreset::Default: return "default";
    }
    return "default";
}

std::string validate(const ArchitectureConfig& c)
{
    if (c.melBins <= 0) return "melBins must be positive";
    if (c.textWidth <= 0 || c.textHeads <= 0 || c.textWidth % c.textHeads != 0) return "textWidth must be a multiple of textHeads";
    if (c.textLayers < 0 || c.textMaxTokens < 2 || c.promptTokens < 0 || c.textHashBuckets < 1 || c.textVocabulary < 0)
        return "text sizes out of range";
    if (c.videoFrameSize < 8 || c.videoFrameSize % 8 != 0) return "videoFrameSize must be a multiple of 8";
    if (c.videoChannels <= 0 || c.videoFeatureDim <= 0) return "video sizes must be positive";
    if (c.temporalHidden <= 0 || c.referenceHidden <= 0) return "adapter sizes must be positive";
    if (c.width <= 0 || c.heads <= 0 || c.width % c.heads != 0) return "width must be a multiple of heads";
    if ((c.width / c.heads) % 2 != 0) return "width / heads must be even";
    if (c.depth <= 0 || c.mlpRatio <= 0) return "depth and mlpRatio must be positive";
    if (c.patchFrames <= 0 || c.windowFrames % c.patchFrames != 0) return "windowFrames must be a multiple of patchFrames";
    if (c.overlapFrames < 0 || c.overlapFrames % c.patchFrames != 0 || 2 * c.overlapFrames > c.windowFrames)
        return "overlapFrames must be a multiple of patchFrames and at most half a window";
    if (c.vocoderDim < 0 || (c.vocoderDim > 0 && (c.vocoderLayers <= 0 || c.vocoderFft < 320 || c.vocoderFft % 2 != 0)))
        return "vocoder sizes out of range (vocoderFft >= 320 and even)";
    return {};
}

}  // namespace foley::inference
