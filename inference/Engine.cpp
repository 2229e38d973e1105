#include "inference/Engine.h"

#include "inference/ClipConditionBuilder.h"
#include "inference/EngineState.h"
#include "inference/GenerationRun.h"
#include "inference/VideoFeatureBuilder.h"
#include "inference/TorchRuntime.h"
#include "inference/nn/WeightFile.h"
#include "core/dsp/Resampler.h"
#include "core/types/SampleTime.h"
#include "inference/render/RecordingTake.h"
#include "inference/sampling/FlowSampler.h"

#include <ATen/CPUGeneratorImpl.h>
#include <c10/core/InferenceMode.h>

#include <chrono>

namespace foley::inference {

namespace {

Status checkMel(const ModelPackInfo& info)
{
    const std::string field = firstMelDifference(info.mel, coreMelDefinition());
    if (!field.empty())
        return makeError(ErrorCode::InferenceMelMismatch, "model pack " + info.folder + " was trained with a different mel ("
                                                              + field + " differs from FoleyForge's mel definition)");
    if (info.architecture.melBins != info.mel.nMels)
        return makeError(ErrorCode::InferencePackInvalid, "model pack " + info.folder + ": architecture melBins "
                                                              + std::to_string(info.architecture.melBins) + " != mel nMels "
                                                              + std::to_string(info.mel.nMels));
    return okStatus();
}

Status loadModules(Engine::Impl& impl)
{
    const ModelPackInfo& info = impl.info;
    Result<WordTokenizer> tokenizer = WordTokenizer::fromFile(info.pathOf(*info.fileFor("vocabulary")),
                                                              info.architecture.textHashBuckets, info.architecture.textMaxTokens);
    if (!tokenizer) return tokenizer.error();
    if (tokenizer->vocabularySize() != info.architecture.textVocabulary)
        return makeError(ErrorCode::InferencePackShape, "tokenizer vocabulary has " + std::to_string(tokenizer->vocabularySize())
                                                            + " words; architecture textVocabulary says "
                                                            + std::to_string(info.architecture.textVocabulary));
    impl.tokenizer = std::move(*tokenizer);
    impl.generator = GeneratorModel(info.architecture);
    Status loaded = loadWeights(*impl.generator, info.pathOf(*info.fileFor("generator")));
    if (!loaded) return loaded;
    impl.generator->eval();
    const PackFile* vocoderFile = info.fileFor("vocoder");
    if (vocoderFile && info.architecture.hasVocoder()) {
        impl.vocoder = Vocoder(info.architecture);
        loaded = loadWeights(*impl.vocoder, info.pathOf(*vocoderFile));
        if (!loaded) return loaded;
        impl.vocoder->eval();
    }
    return okStatus();
}

Error runtimeError(const std::string& what, const std::exception& e)
{
    std::string message = e.what();
    const size_t newline = message.find('\n');
    return makeError(ErrorCode::InferenceRuntime, what + ": " + message.substr(0, newline), message);
}

// Renders from recordings when asked and possible; otherwise (nothing to render from, or no recording could be
// read) neurally at 16 kHz, saying why; a region then is regenerated neurally in the take brought to 16 kHz.
Result<GenerationResult> generateTake(Engine::Impl& impl, const GenerationRequest& request, RunControl& control)
{
    std::string fallback;
    if (request.render == RenderMode::Recordings) {
        if (const Status valid = validateRecordingRequest(request); !valid) return valid.error();
        fallback = recordingRenderObstacle(request);
        if (fallback.empty()) {
            Result<GenerationResult> rendered = renderFromRecordings(impl, request, control);
            // Cancelled is no failure, and a sink that cannot take the audio (a full disk) takes no other render.
            if (rendered || rendered.error().code == ErrorCode::Cancelled || rendered.error().code == ErrorCode::IoWriteFailed)
                return rendered;
            fallback = rendered.error().message;
        }
    }
    GenerationRequest neural = request;
    if (request.outputRegion && !request.modelRegion) {
        // The region at the model rate, the take around it as the neural render keeps it (16 kHz mono).
        const FrameRange& r = *request.outputRegion;
        neural.modelRegion = FrameRange{convertRate(r.start, request.outputRate, kModelRate), convertRate(r.end, request.outputRate, kModelRate)};
        neural.existingTake = dsp::resampled(request.existingTake.toMono(), kModelRate);
        neural.durationSamples = std::min<int64_t>(neural.durationSamples, static_cast<int64_t>(neural.existingTake.frameCount()));
        neural.modelRegion->end = std::min(neural.modelRegion->end, neural.durationSamples);
    }
    GenerationRun run(impl, neural, control);
    Result<GenerationResult> result = run.run();
    if (!result) return result;
    if (!fallback.empty()) result->report.notes.push_back("rendered neurally at 16 kHz: " + fallback);
    if (request.sink) {  // (begun again: a render from recordings may have started it before it fell back)
        const AudioBuffer& audio = result->audio;
        Status handed = request.sink->begin(audio.sampleRate(), audio.channels());
        if (handed) handed = request.sink->write(audio.data(), static_cast<int64_t>(audio.frameCount()));
        if (handed) handed = request.sink->finish();
        if (!handed) return handed.error();
        result->audio = AudioBuffer();
    }
    return result;
}

}  // namespace

Engine::Engine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::load(const EngineOptions& options, const RunControl* control)
{
    const auto begin = std::chrono::steady_clock::now();
    try {
        configureTorchThreads(options.threads);
        RunControl checksums;  // the pack's checksums are most of a load: 0-90 % of its progress
        if (control) checksums.followParent(*control, 0.0, 0.9);
        Result<ModelPackInfo> info = readModelPackInfo(options.packFolder, control ? &checksums : nullptr);
        if (!info) return info.error();
        if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "loading the model pack was cancelled");
        const Status mel = checkMel(*info);
        if (!mel) return mel.error();
        auto impl = std::make_unique<Impl>();
        impl->options = options;
        impl->info = std::move(*info);
        const Status modules = loadModules(*impl);
        if (!modules) return modules.error();
        if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "loading the model pack was cancelled");
        if (control) control->report(1.0);
        impl->loadMilliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
        impl->log("loaded model pack " + impl->info.name + " " + impl->info.version + " ("
                  + (impl->vocoder ? "neural vocoder" : "Griffin-Lim fallback") + ", "
                  + std::to_string(torchThreads()) + " threads) in " + std::to_string(impl->loadMilliseconds) + " ms");
        return std::unique_ptr<Engine>(new Engine(std::move(impl)));
    } catch (const std::exception& e) {
        return runtimeError("cannot load model pack " + options.packFolder, e);
    }
}

int Engine::samplerStepsToRun(const GenerationRequest& r)
{
    const bool recordings = r.render == RenderMode::Recordings && recordingRenderObstacle(r).empty();
    const int steps = std::max(1, recordings ? std::min(r.steps, kTargetSteps) : r.steps);
    const double variation = recordings ? std::max(r.variation, kTargetVariation) : r.variation;
    if (r.scaffoldAudio.isEmpty() || variation >= 1.0) return steps;
    return steps - FlowSampler(r.sampler, steps, r.ddimEta).firstStepFrom(variation);
}

const ModelPackInfo& Engine::pack() const { return m_impl->info; }
bool Engine::hasNeuralVocoder() const { return static_cast<bool>(m_impl->vocoder); }
double Engine::loadMilliseconds() const { return m_impl->loadMilliseconds; }

Result<GenerationResult> Engine::generate(const GenerationRequest& request, RunControl& control)
{
    try {
        c10::InferenceMode inferenceMode;
        Result<GenerationResult> result = generateTake(*m_impl, request, control);
        if (result) {
            const GenerationReport& r = result->report;
            m_impl->log("generated " + std::to_string(request.durationSamples) + " samples in "
                        + std::to_string(r.totalMilliseconds) + " ms (" + std::to_string(r.stepsDone) + " steps x "
                        + std::to_string(r.windows) + " windows x " + std::to_string(r.guidanceBranches) + " branches)");
        }
        return result;
    } catch (const std::exception& e) {
        return runtimeError("generation failed", e);
    }
}

Result<AudioBuffer> Engine::resynthesize(const AudioBuffer& audio)
{
    try {
        c10::InferenceMode inferenceMode;
        const int64_t n = static_cast<int64_t>(audio.frameCount());
        const int64_t frames = (n + kMelHop - 1) / kMelHop + 1;
        ClipConditionBuilder builder(*m_impl);
        Result<at::Tensor> mel = builder.normalisedMel(audio, (frames - 1) * kMelHop);
        if (!mel) return mel.error();
        const at::Tensor logMel = m_impl->generator->denormalise(*mel);
        at::Generator generator = at::detail::createCPUGenerator(0);
        const at::Tensor out = (m_impl->vocoder ? m_impl->vocoder(logMel)
                                                : m_impl->griffinLim.run(logMel, m_impl->options.griffinLimIterations, generator))[0].contiguous();
        std::vector<float> samples(out.data_ptr<float>(), out.data_ptr<float>() + std::min<int64_t>(n, out.numel()));
        samples.resize(static_cast<size_t>(n), 0.0f);
        return AudioBuffer(std::move(samples), kModelRate, 1);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InferenceRuntime, "resynthesis failed", e.what());
    }
}

Result<VideoFeatures> Engine::computeVideoFeatures(const std::vector<VideoFrame>& frames, int64_t durationSamples)
{
    try {
        c10::InferenceMode inferenceMode;
        ClipConditionBuilder builder(*m_impl);
        const int64_t melFrames = (durationSamples + kMelHop - 1) / kMelHop + 1;
        Result<at::Tensor> features = builder.videoFromFrames(frames, melFrames);
        if (!features) return features.error();
        const at::Tensor flat = features->contiguous();
        VideoFeatures out;
        out.dim = static_cast<int>(flat.size(1));
        out.values.assign(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
        return out;
    } catch (const std::exception& e) {
        return runtimeError("video feature extraction failed", e);
    }
}

std::unique_ptr<VideoFeatureBuilder> Engine::videoFeatureBuilder()
{
    return VideoFeatureBuilder::create(*m_impl);
}

}  // namespace foley::inference
