#pragma once

#include <string>

namespace foley::inference {

// Hyper-parameters of the generator and vocoder, recorded in model.json ("architecture").
// Sizes are chosen so 8 s regenerate in <= 3 s on 2 CPU cores and one training run fits in <= 2 h (inference/README.md).
struct ArchitectureConfig {
    int melBins = 64;

    // Text: hashed word tokenizer + small transformer; N learnable prompt tokens prepended (FoleyMaster).
    int textVocabulary = 0;     // words listed in the pack's vocabulary file
    int textHashBuckets = 256;  // out-of-vocabulary words hash into these ids
    int textWidth = 128;
    int textLayers = 2;
    int textHeads = 4;
    int textMaxTokens = 32;     // words per caption, BOS included
    int promptTokens = 16;

    // Video: small CNN over (frame, frame difference) at frameSize x frameSize gray, one feature per decoded frame.
    // (measured: at 48 px / 32 channels the CNN cost more than the denoiser in a training step)
    int videoFrameSize = 32;
    int videoChannels = 16;     // width of the first conv; later ones double
    int videoFeatureDim = 128;

    // Temporal adapter: onset/mask curve -> fixed causal decay bank -> convs -> zero-initialised residual per block.
    int temporalHidden = 64;

    // Reference audio: pooled mel (mean and std per bin) -> MLP -> added to the global condition.
    int referenceHidden = 128;

    // Denoiser: DiT over patches of the normalised log-mel, in fixed windows fused with overlap at every step.
    int width = 192;
    int depth = 5;
    int heads = 4;
    int mlpRatio = 4;
    int patchFrames = 4;
    int windowFrames = 256;  // model window (2.56 s), the training crop
    int overlapFrames = 64;  // overlap between neighbouring windows when a clip is longer

    // Vocoder (Vocos-like): ConvNeXt over mel frames + iSTFT head. vocoderDim 0 = the pack has no vocoder.
    int vocoderDim = 192;
    int vocoderLayers = 6;
    int vocoderFft = 640;

    int textVocabularySize() const { return 2 + textVocabulary + textHashBuckets; }  // PAD, BOS, words, buckets
    int windowTokens() const { return windowFrames / patchFrames; }
    bool hasVocoder() const { return vocoderDim > 0; }
};

enum class SizePreset { Tiny, Small, Default };

ArchitectureConfig architectureFor(SizePreset preset);
std::string toString(SizePreset preset);

// Checks internal consistency (divisibility, positive sizes); returns an empty string when valid, else the problem.
std::string validate(const ArchitectureConfig& config);

}  // namespace foley::inference
