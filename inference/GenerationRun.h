#pragma once

// Internal (torch) header: one generate() call, from request validation to audio.
#include "core/dsp/MelFrames.h"
#include "inference/ClipConditionBuilder.h"

#include <chrono>

namespace foley::inference {

// Take: the request as it asks (a neural take, up to 30 minutes). Drawing: the target that guides a render from
// recordings (from the scaffold at kTargetVariation or more, in at most kTargetSteps steps, never a region; up to
// 3 hours, since only the render from recordings is written at the take's rate).
enum class RunPurpose { Take, Drawing };

class GenerationRun {
public:
    GenerationRun(Engine::Impl& engine, const GenerationRequest& request, RunControl& control, RunPurpose purpose = RunPurpose::Take);
    Result<GenerationResult> run();
    // The model's own drawing only (no vocoder): core's natural-log mel, frames x bins at 100 frames per second,
    // what the render from recordings matches its choices against. report() tells what it cost.
    Result<dsp::MelFrames> drawTarget();
    const GenerationReport& report() const { return m_report; }

private:
    struct Span {
        int64_t start = 0;     // first mel frame computed
        int64_t frames = 0;    // frames of the clip inside the span
        int64_t padded = 0;    // frames computed (>= one model window)
    };

    struct Sampled {
        at::Tensor mel;  // normalised, [1, bins, span.padded]
        Span span;
    };

    Result<Sampled> sampleClip();
    Status validate() const;
    Span planSpan(int64_t clipFrames) const;
    Result<at::Tensor> sample(const ClipConditions& clip, const Span& span, const at::Tensor& noise, const at::Tensor& known,
                              const at::Tensor& scaffold);
    std::vector<float> vocode(const at::Tensor& normalisedMel);
    std::vector<GuidanceBranch> branches(const ClipConditions& clip) const;
    void stage(const std::string& name);

    Engine::Impl& m_engine;
    const GenerationRequest& m_request;
    RunControl& m_control;
    RunPurpose m_purpose;
    int m_steps = 0;
    float m_variation = 1.0f;
    std::optional<FrameRange> m_region;
    GenerationReport m_report;
    std::chrono::steady_clock::time_point m_stageStart;
    at::Generator m_generator;
};

}  // namespace foley::inference
