#pragma once

// Internal (torch) header.
#include "inference/ArchitectureConfig.h"
#include "inference/nn/ConvNextBlock.h"

namespace foley::inference {

inline constexpr int kMelHop = 160;  // samples per mel frame at 16 kHz (the shared mel definition)

// Vocos-like neural vocoder: log-mel [B, melBins, F] (natural log, centred frames, hop 160) -> ConvNeXt backbone ->
// per-frame log-magnitude and phase of an STFT (vocoderFft, hop 160) -> inverse STFT -> [B, (F - 1) * 160] samples.
// Everything runs at the frame rate, so it is cheap on a CPU.
class VocoderImpl : public torch::nn::Module {
public:
    explicit VocoderImpl(const ArchitectureConfig& config);
    torch::Tensor forward(const torch::Tensor& logMel);
    double flops(double frames) const;

private:
    ArchitectureConfig m_config;
    torch::nn::Conv1d m_in{nullptr};
    torch::nn::LayerNorm m_inNorm{nullptr}, m_outNorm{nullptr};
    std::vector<ConvNextBlock> m_blocks;
    torch::nn::Linear m_head{nullptr};
    torch::Tensor m_window;
};
TORCH_MODULE(Vocoder);

}  // namespace foley::inference
