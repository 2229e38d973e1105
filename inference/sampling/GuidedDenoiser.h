#pragma once

// Internal (torch) header.
#include "inference/nn/GeneratorModel.h"
#include "inference/sampling/WindowPlan.h"

#include <optional>
#include <vector>

namespace foley::inference {

// Conditions of one request on the whole (padded) clip timeline, built once before sampling.
struct ClipConditions {
    TextTokens text;                // rows: 0 = no caption (BOS only), 1 = caption, 2 = negative caption
    at::Tensor video;               // [F, videoFeatureDim] frame-aligned, undefined = no video
    at::Tensor temporal;            // [1, TemporalAdapter::kChannels, F]
    float temporalStrength = 0.0f;  // 0 when there is no curve
    float semanticStrength = 1.0f;
    at::Tensor reference;           // [1, 2 * melBins], undefined = none
};

// One classifier-free guidance branch: which conditions it sees and its weight in
// v = v_0 + sum_b weight_b (v_b - v_0) (TA-V2A eq. 14; the negative branch has a negative weight).
struct GuidanceBranch {
    int textRow = 0;
    bool videoSemantic = false;  // semantic adapter reads the video
    bool videoAligned = false;   // frame-aligned video path
    bool reference = false;
    float weight = 0.0f;         // unused for branch 0 (the unconditional one)
};

// Runs every window x branch of a clip through the generator in batches and fuses the guided windows back onto the
// clip timeline with the plan's cross-fade weights. Conditions are assembled and prepared once, not per step, for
// the first kCachedWindows windows (~1.3 MB each with four branches); a longer clip prepares the rest again at
// every step, so memory stays flat with the clip's length (an hour-long drawing would otherwise keep ~2.5 GB).
// 8 windows (x 4 branches = 32 items, 2,048 tokens) per forward: measured on 60 s, 441-445 ms per step against
// 536 ms with 4 and 560 ms with 16 (larger batches spill the activations out of the cache).
class GuidedDenoiser {
public:
    static constexpr int kCachedWindows = 256;  // ~8 minutes of clip
    GuidedDenoiser(GeneratorModel model, const ClipConditions& clip, std::vector<GuidanceBranch> branches,
                   const WindowPlan& plan, int maxWindowsPerForward = 8);

    // x [1, melBins, plan.paddedFrames()] at time t -> fused guided velocity, same shape.
    at::Tensor velocity(const at::Tensor& x, double t);

    double prepareFlops() const { return m_prepareFlops; }  // step-invariant conditions, once per generation
    double flopsPerStep() const { return m_flopsPerStep; }
    double forwardMilliseconds() const { return m_forwardMilliseconds; }  // prepare + every step's forwards
    int branchCount() const { return static_cast<int>(m_branches.size()); }

private:
    struct Chunk {
        int firstWindow = 0;
        int windows = 0;
        std::optional<PreparedConditions> conditions;  // windows x branches rows, window-major; empty = prepared per step
    };
    PreparedConditions prepareChunk(int firstWindow, int windows);

    GeneratorModel m_model;
    const ClipConditions& m_clip;  // the caller's, alive as long as the denoiser
    std::vector<GuidanceBranch> m_branches;
    WindowPlan m_plan;
    std::vector<Chunk> m_chunks;
    at::Tensor m_weights;     // [windows, windowFrames] fusion weights
    at::Tensor m_weightSum;   // [paddedFrames]
    double m_prepareFlops = 0.0;
    double m_flopsPerStep = 0.0;
    double m_forwardMilliseconds = 0.0;
};

}  // namespace foley::inference
