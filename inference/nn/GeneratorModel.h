#pragma once

// Internal (torch) header: the whole conditional generator (everything but the vocoder).
#include "inference/nn/DitBlock.h"
#include "inference/nn/ReferenceEncoder.h"
#include "inference/nn/SemanticAdapter.h"
#include "inference/nn/TemporalAdapter.h"
#include "inference/nn/TextEncoder.h"
#include "inference/nn/VideoEncoder.h"

namespace foley::inference {

// Conditions of one batch of model windows. Flags are float [B] tensors (1 = on) so one batch can mix the
// guidance branches (and the trainer's condition dropout).
struct WindowConditions {
    TextTokens text;                 // encoded caption (prompt tokens included), before the semantic adapter
    torch::Tensor video;             // [B, windowFrames, videoFeatureDim], frame-aligned; zeros when absent
    torch::Tensor videoSemantic;     // [B] semantic adapter scale = semantic strength x video present
    torch::Tensor videoAligned;      // [B] frame-aligned video path on/off
    torch::Tensor temporal;          // [B, TemporalAdapter::kChannels, windowFrames] curve features
    torch::Tensor temporalStrength;  // [B]
    torch::Tensor reference;         // [B, 2 * melBins] pooled normalised reference mel
    torch::Tensor referencePresent;  // [B]
};

// The parts of a batch's conditions that do not change across sampler steps, computed once per generation
// (semantic adapter, pooled text, reference embedding, video input, temporal residuals, text keys per block).
struct PreparedConditions {
    torch::Tensor textMask;                              // [B, Lt]
    torch::Tensor pooledText;                            // [B, width]
    torch::Tensor reference;                             // [B, width]
    torch::Tensor videoInput;                            // [B, T, width] frame-aligned video path
    std::vector<torch::Tensor> temporal;                 // per block [B, T, width]
    std::vector<AttentionImpl::ProjectedKeys> text;      // per block
};

// DiT denoiser over patches of the normalised log-mel in a fixed window, predicting the rectified-flow velocity
// v = noise - x0 at time t in [0, 1] (x_t = (1 - t) x0 + t noise).
class GeneratorModelImpl : public torch::nn::Module {
public:
    explicit GeneratorModelImpl(const ArchitectureConfig& config);

    // x [B, melBins, windowFrames]; t [B] -> velocity [B, melBins, windowFrames].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& t, const WindowConditions& c);

    // forward() in two halves for the sampler: prepare once, then one forward per step (same result).
    PreparedConditions prepare(const WindowConditions& c);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& t, const PreparedConditions& p);

    // Normalisation of log-mel per bin (mean and std of each mel bin; inference/README.md), stored with the weights.
    torch::Tensor normalise(const torch::Tensor& logMel) const;    // [B, M, F]
    torch::Tensor denormalise(const torch::Tensor& normed) const;  // [B, M, F]
    void setNormalisation(const torch::Tensor& mean, const torch::Tensor& std);

    double flops(double batch, double textTokens) const;  // one forward of `batch` windows (text encoder excluded)
    double prepareFlops(double batch, double textTokens) const;  // the prepare() half of flops()
    double stepFlops(double batch, double textTokens) const;     // the per-step half of flops()
    const ArchitectureConfig& config() const { return m_config; }

    TextEncoder text{nullptr};
    VideoEncoder video{nullptr};
    SemanticAdapter semantic{nullptr};
    TemporalAdapter temporal{nullptr};
    ReferenceEncoder reference{nullptr};

    // Layers whose zero initialisation makes an untrained model the identity (adaLN-Zero, output, video path).
    std::vector<torch::Tensor> zeroInitialisedParameters();

private:
    torch::Tensor conditionVector(const torch::Tensor& t, const PreparedConditions& p);

    ArchitectureConfig m_config;
    torch::nn::Linear m_patchIn{nullptr}, m_videoIn{nullptr}, m_timeIn{nullptr}, m_timeOut{nullptr};
    torch::nn::Linear m_textPool{nullptr}, m_finalModulation{nullptr}, m_patchOut{nullptr};
    torch::nn::LayerNorm m_finalNorm{nullptr};
    std::vector<DitBlock> m_blocks;
    torch::Tensor m_melMean, m_melStd, m_positions, m_videoPositions;
};
TORCH_MODULE(GeneratorModel);

}  // namespace foley::inference
