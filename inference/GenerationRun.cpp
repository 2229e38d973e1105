#include "inference/GenerationRun.h"

#include "inference/sampling/FlowSampler.h"
#include "inference/sampling/RegionSplice.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace foley::inference {

namespace {

// A neural take is vocoded whole; a drawing only guides a render from recordings, which streams.
constexpr int64_t kMaxTakeSamples = int64_t{30} * 60 * kModelRate;         // 30 minutes
constexpr int64_t kMaxDrawingSamples = int64_t{3} * 3600 * kModelRate;     // 3 hours
constexpr int64_t kRegionMarginFrames = 2;  // generated frames beyond the region, under the seam fades

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

GenerationRun::GenerationRun(Engine::Impl& engine, const GenerationRequest& request, RunControl& control, RunPurpose purpose)
    : m_engine(engine), m_request(request), m_control(control), m_purpose(purpose), m_stageStart(Clock::now()),
      m_generator(at::detail::createCPUGenerator(request.seed))
{
    m_steps = purpose == RunPurpose::Drawing ? std::min(request.steps, kTargetSteps) : request.steps;
    m_variation = purpose == RunPurpose::Drawing ? std::max(request.variation, kTargetVariation) : request.variation;
    if (purpose == RunPurpose::Take) m_region = request.modelRegion;
    m_report.seed = request.seed;
    m_report.stepsRequested = m_steps;
    m_report.vocoder = engine.vocoder ? "neural" : "griffin-lim";
}

Status GenerationRun::validate() const
{
    const GenerationRequest& r = m_request;
    const bool drawing = m_purpose == RunPurpose::Drawing;
    if (r.durationSamples <= 0 || r.durationSamples > (drawing ? kMaxDrawingSamples : kMaxTakeSamples))
        return makeError(ErrorCode::InvalidArgument, drawing ? "a take from recordings lasts between 1 sample and 3 hours"
                                                             : "a neural take lasts between 1 sample and 30 minutes");
    if (m_steps < 1 || m_steps > 1000) return makeError(ErrorCode::InvalidArgument, "steps must be between 1 and 1000");
    for (float v : {r.guidance.text, r.guidance.negative, r.guidance.video, r.semanticStrength, r.temporalStrength, r.ddimEta})
        if (!std::isfinite(v)) return makeError(ErrorCode::InvalidArgument, "guidance weights and strengths must be finite");
    if (!(m_variation >= 0.0f && m_variation <= 1.0f)) return makeError(ErrorCode::InvalidArgument, "variation must be between 0 and 1");
    if (!m_region) return okStatus();
    if (r.sink) return makeError(ErrorCode::InvalidArgument, "a region regeneration cannot be streamed to a sink");
    if (m_region->start < 0 || m_region->end <= m_region->start || m_region->end > r.durationSamples)
        return makeError(ErrorCode::InvalidArgument, "region must lie inside the clip and be non-empty");
    if (r.existingTake.sampleRate() != kModelRate || static_cast<int64_t>(r.existingTake.frameCount()) < r.durationSamples)
        return makeError(ErrorCode::InvalidArgument, "region regeneration needs the existing take at 16 kHz, at least as long as the clip");
    return okStatus();
}

void GenerationRun::stage(const std::string& name)
{
    m_report.stages.push_back({name, millisecondsSince(m_stageStart)});
    m_stageStart = Clock::now();
}

GenerationRun::Span GenerationRun::planSpan(int64_t clipFrames) const
{
    const int64_t window = m_engine.info.architecture.windowFrames;
    Span span{0, clipFrames, std::max(clipFrames, window)};
    if (!m_region) return span;
    // Only the windows around the region are computed, with half a window of known context on each side.
    const int64_t first = std::max<int64_t>(0, m_region->start / kMelHop - kRegionMarginFrames - window / 2);
    const int64_t last = std::min(clipFrames, (m_region->end + kMelHop - 1) / kMelHop + 1 + kRegionMarginFrames + window / 2);
    span.start = first;
    span.frames = last - first;
    if (span.frames < window) {  // widen to one window inside the clip where possible
        span.start = std::max<int64_t>(0, std::min(first, clipFrames - window));
        span.frames = std::min(clipFrames - span.start, window);
    }
    span.padded = std::max(span.frames, window);
    return span;
}

std::vector<GuidanceBranch> GenerationRun::branches(const ClipConditions& clip) const
{
    const GuidanceWeights& w = m_request.guidance;
    std::vector<GuidanceBranch> list{{0, false, false, false, 0.0f}};
    if (!m_request.caption.empty() || clip.reference.defined()) list.push_back({1, true, false, true, w.text});
    if (!m_request.negativeCaption.empty()) list.push_back({2, true, false, false, -w.negative});
    if (clip.video.defined()) list.push_back({0, false, true, false, w.video});
    return list;
}

Result<at::Tensor> GenerationRun::sample(const ClipConditions& clip, const Span& span, const at::Tensor& noise,
                                         const at::Tensor& known, const at::Tensor& scaffold)
{
    const ArchitectureConfig& cfg = m_engine.info.architecture;
    const WindowPlan plan(span.padded, cfg.windowFrames, cfg.overlapFrames);
    GuidedDenoiser denoiser(m_engine.generator, clip, branches(clip), plan);
    const FlowSampler sampler(m_request.sampler, m_steps, m_request.ddimEta);
    m_report.windows = plan.count();
    m_report.guidanceBranches = denoiser.branchCount();

    at::Tensor keep;  // 1 where the clip's existing audio is kept (region regeneration)
    if (known.defined()) {
        keep = at::ones({1, 1, span.padded});
        const int64_t r0 = m_region->start / kMelHop - kRegionMarginFrames - span.start;
        const int64_t r1 = (m_region->end + kMelHop - 1) / kMelHop + 1 + kRegionMarginFrames - span.start;
        const int64_t a = std::clamp<int64_t>(r0, 0, span.padded), b = std::clamp<int64_t>(r1, a, span.padded);
        keep.narrow(2, a, b - a).zero_();
    }
    at::Tensor x = noise;
    int first = 0;  // with a scaffold, the steps above t = variation are skipped
    if (scaffold.defined()) {
        first = sampler.firstStepFrom(m_variation);
        x = FlowSampler::atTime(scaffold, noise, sampler.times()[static_cast<size_t>(first)]);
    }
    m_report.stepsRequested = sampler.steps() - first;
    for (int i = first; i < sampler.steps(); ++i) {
        if (m_control.isCancelled())
            return makeError(ErrorCode::Cancelled, "generation cancelled after " + std::to_string(i) + " of "
                                                       + std::to_string(sampler.steps()) + " steps");
        const double t = sampler.times()[static_cast<size_t>(i)];
        x = sampler.step(x, denoiser.velocity(x, t), i, m_generator);
        if (keep.defined()) {
            const at::Tensor renoised = FlowSampler::atTime(known, noise, sampler.times()[static_cast<size_t>(i) + 1]);
            x = keep * renoised + (1 - keep) * x;
        }
        m_report.stepsDone = i + 1 - first;
        m_control.report(static_cast<double>(i + 1 - first) / (sampler.steps() - first));
    }
    m_report.denoiserFlops = denoiser.prepareFlops() + denoiser.flopsPerStep() * (sampler.steps() - first);
    m_report.denoiserMilliseconds = denoiser.forwardMilliseconds();
    m_report.flops += m_report.denoiserFlops;
    return x;
}

std::vector<float> GenerationRun::vocode(const at::Tensor& normalisedMel)
{
    const at::Tensor logMel = m_engine.generator->denormalise(normalisedMel);
    const double frames = static_cast<double>(logMel.size(2));
    at::Tensor audio;
    if (m_engine.vocoder) {
        audio = m_engine.vocoder(logMel);
        m_report.flops += m_engine.vocoder->flops(frames);
    } else {
        audio = m_engine.griffinLim.run(logMel, m_engine.options.griffinLimIterations, m_generator);
        m_report.flops += m_engine.griffinLim.flops(frames, m_engine.options.griffinLimIterations);
    }
    const at::Tensor flat = audio[0].contiguous();
    return std::vector<float>(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
}

Result<GenerationRun::Sampled> GenerationRun::sampleClip()
{
    const Status valid = validate();
    if (!valid) return valid.error();
    const int64_t n = m_request.durationSamples;
    const int64_t clipFrames = (n + kMelHop - 1) / kMelHop + 1;  // (frames - 1) * hop >= n
    const Span span = planSpan(clipFrames);
    const int64_t timeline = std::max(clipFrames, span.start + span.padded);

    ClipConditionBuilder builder(m_engine);
    Result<ClipConditions> clip = builder.build(m_request, clipFrames, timeline);
    if (!clip) return clip.error();
    m_report.flops += builder.flops();
    const at::Tensor noise = at::randn({1, m_engine.info.architecture.melBins, timeline}, m_generator, at::kFloat)
                                 .narrow(2, span.start, span.padded);
    at::Tensor known;
    if (m_region) {
        Result<at::Tensor> mel = builder.normalisedMel(m_request.existingTake, (clipFrames - 1) * kMelHop);
        if (!mel) return mel.error();
        known = at::constant_pad_nd(*mel, {0, timeline - mel->size(2)}).narrow(2, span.start, span.padded);
    }
    at::Tensor scaffold;
    if (!m_request.scaffoldAudio.isEmpty() && m_variation < 1.0f) {
        Result<at::Tensor> mel = builder.normalisedMel(m_request.scaffoldAudio, (clipFrames - 1) * kMelHop);
        if (!mel) return mel.error();
        scaffold = at::constant_pad_nd(*mel, {0, timeline - mel->size(2)}).narrow(2, span.start, span.padded);
    }
    stage("conditions");

    Result<at::Tensor> x = sample(sliceConditions(*clip, span.start, span.padded), span, noise, known, scaffold);
    if (!x) return x.error();
    stage("sampling");
    return Sampled{*x, span};
}

Result<dsp::MelFrames> GenerationRun::drawTarget()
{
    Result<Sampled> sampled = sampleClip();
    if (!sampled) return sampled.error();
    const at::Tensor logMel = m_engine.generator->denormalise(sampled->mel.narrow(2, 0, sampled->span.frames))[0].t().contiguous();
    dsp::MelFrames target;
    target.frameCount = logMel.size(0);
    target.melCount = static_cast<int>(logMel.size(1));
    target.values.assign(logMel.data_ptr<float>(), logMel.data_ptr<float>() + logMel.numel());
    return target;
}

Result<GenerationResult> GenerationRun::run()
{
    const auto begin = Clock::now();
    const int64_t n = m_request.durationSamples;
    Result<Sampled> sampled = sampleClip();
    if (!sampled) return sampled.error();
    const Span& span = sampled->span;
    if (m_control.isCancelled()) return makeError(ErrorCode::Cancelled, "generation cancelled before the vocoder");

    std::vector<float> fresh = vocode(sampled->mel.narrow(2, 0, span.frames));
    stage("vocoder");
    std::vector<float> samples;
    if (m_region) {
        const AudioBuffer existing = m_request.existingTake.toMono();
        const std::vector<float> head(existing.data(), existing.data() + n);
        samples = RegionSplice{m_region->start, m_region->end, kMelHop, 1}.apply(head, fresh, span.start * kMelHop);
    } else {
        fresh.resize(static_cast<size_t>(n), 0.0f);
        samples = std::move(fresh);
    }
    m_report.totalMilliseconds = millisecondsSince(begin);
    m_report.render = "neural";
    m_control.report(1.0);
    GenerationResult result{AudioBuffer(std::move(samples), kModelRate, 1), kModelRate, 1, 0, m_report, {}};
    result.frames = static_cast<int64_t>(result.audio.frameCount());
    return result;
}

}  // namespace foley::inference
