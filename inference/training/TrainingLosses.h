#pragma once

// Internal (torch) header: the objectives the trainer (`foleyforge-train`) optimises, next to the modules they train.
#include "inference/WordTokenizer.h"
#include "inference/nn/GeneratorModel.h"
#include "inference/nn/Vocoder.h"
#include "inference/training/DifferentiableMel.h"

namespace foley::inference {

// A batch of model windows for the generator. Every tensor has B rows; flags are float (1 = present).
struct GeneratorBatch {
    at::Tensor logMel;                  // [B, melBins, windowFrames] core log-mel of the target audio
    std::vector<std::string> captions;  // B captions ("" = none)
    at::Tensor frames;                  // [N, 2, S, S] prepared video frames of the batch (prepareFrames), or undefined
    at::Tensor frameOfMel;              // [B, windowFrames] int64 index into frames
    at::Tensor hasVideo;                // [B]
    at::Tensor temporal;                // [B, TemporalAdapter::kChannels, windowFrames] (curveFeatures of the whole clip, cropped)
    at::Tensor hasCurve;                // [B]
    at::Tensor reference;               // [B, 2 * melBins] pooled normalised reference mel (poolReferenceMel)
    at::Tensor hasReference;            // [B]
};

// Probability of dropping each condition per row, so every classifier-free guidance branch (eq. 14) and
// text-only / video-less / curve-less generation are in the training distribution.
struct ConditionDropout {
    double text = 0.2;
    double videoSemantic = 0.3;
    double videoAligned = 0.3;
    double reference = 0.5;
    double temporal = 0.1;
};

struct GeneratorLoss {
    at::Tensor loss;  // scalar, differentiable
    double flowMse = 0.0;
};

// Rectified-flow objective: t ~ logit-normal, x_t = (1 - t) x0 + t noise, target v = noise - x0 (x0 = normalised mel).
GeneratorLoss generatorLoss(GeneratorModel& model, const WordTokenizer& tokenizer, const GeneratorBatch& batch,
                            const ConditionDropout& dropout, at::Generator& generator);

struct VocoderLoss {
    at::Tensor loss;
    double melL1 = 0.0;
    double stftLoss = 0.0;
};

// Log-mel L1 (through core's mel) + multi-resolution STFT loss (spectral convergence + log magnitude) at FFT sizes
// 256/512/1024. audio [B, (F - 1) * 160] is the target for logMel [B, melBins, F].
VocoderLoss vocoderLoss(Vocoder& vocoder, const DifferentiableMel& mel, const at::Tensor& logMel, const at::Tensor& audio);

}  // namespace foley::inference
