#include "inference/ClipConditionBuilder.h"

#include "inference/FramePreprocessor.h"
#include "inference/VideoFeatureBuilder.h"

#include <numeric>

namespace foley::inference {

namespace {

// Repeats the last row (or truncates) so a [rows, dim] tensor has exactly `rows` rows.
at::Tensor fitRows(const at::Tensor& t, int64_t rows)
{
    if (t.size(0) >= rows) return t.narrow(0, 0, rows);
    return at::cat({t, t.narrow(0, t.size(0) - 1, 1).expand({rows - t.size(0), t.size(1)})}, 0);
}

}  // namespace

ClipConditionBuilder::ClipConditionBuilder(Engine::Impl& engine) : m_engine(engine) {}

Result<ClipConditions> ClipConditionBuilder::build(const GenerationRequest& request, int64_t frames, int64_t paddedFrames)
{
    ClipConditions clip;
    const WordTokenizer& tok = m_engine.tokenizer;
    const at::Tensor ids = padTokenIds({{WordTokenizer::kBos}, tok.encode(request.caption), tok.encode(request.negativeCaption)});
    clip.text = m_engine.generator->text(ids, request.promptTokens);
    m_flops += m_engine.generator->text->flops(3.0, static_cast<double>(ids.size(1)));

    Result<at::Tensor> videoFeatures = video(request, frames, paddedFrames);
    if (!videoFeatures) return videoFeatures.error();
    clip.video = *videoFeatures;

    clip.temporal = temporal(request.temporalCurve, paddedFrames);
    clip.temporalStrength = request.temporalCurve.empty() ? 0.0f : request.temporalStrength;
    clip.semanticStrength = request.semanticStrength;
    if (!request.referenceAudio.isEmpty()) {
        Result<at::Tensor> ref = reference(request.referenceAudio);
        if (!ref) return ref.error();
        clip.reference = *ref;
    }
    return clip;
}

Result<at::Tensor> ClipConditionBuilder::video(const GenerationRequest& request, int64_t frames, int64_t paddedFrames)
{
    const int dim = m_engine.info.architecture.videoFeatureDim;
    if (!request.frames.empty()) {
        Result<at::Tensor> features = videoFromFrames(request.frames, frames);
        if (!features) return features;
        return fitRows(*features, paddedFrames);
    }
    const VideoFeatures& given = request.videoFeatures;
    if (given.values.empty()) return at::Tensor();
    if (given.dim != dim)
        return makeError(ErrorCode::InvalidArgument, "video features have " + std::to_string(given.dim)
                                                         + " values per frame; this model pack needs " + std::to_string(dim));
    const at::Tensor t = at::from_blob(const_cast<float*>(given.values.data()),
                                       {static_cast<int64_t>(given.frameCount()), dim}, at::kFloat).clone();
    return fitRows(fitRows(t, frames), paddedFrames);
}

Result<at::Tensor> ClipConditionBuilder::videoFromFrames(const std::vector<VideoFrame>& frames, int64_t melFrames)
{
    std::vector<size_t> order(frames.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return frames[a].timeSeconds < frames[b].timeSeconds; });
    const std::unique_ptr<VideoFeatureBuilder> builder = VideoFeatureBuilder::create(m_engine);
    size_t usable = 0;
    for (size_t i : order) {
        if (const Status added = builder->add(frames[i]); !added) return added.error();
        usable += usableFrame(frames[i]);
    }
    if (usable == 0)
        return makeError(ErrorCode::InvalidArgument, "none of the " + std::to_string(frames.size()) + " video frames is usable");
    Result<VideoFeatures> features = builder->finish((melFrames - 1) * kMelHop);
    if (!features) return features.error();
    m_flops += m_engine.generator->video->flops(static_cast<double>(usable));
    return at::from_blob(features->values.data(), {static_cast<int64_t>(features->frameCount()), features->dim}, at::kFloat).clone();
}

Result<at::Tensor> ClipConditionBuilder::normalisedMel(const AudioBuffer& audio, int64_t maxSamples)
{
    if (audio.sampleRate() != m_engine.mel.config().sampleRate)
        return makeError(ErrorCode::InvalidArgument, "audio at " + std::to_string(audio.sampleRate())
                                                         + " Hz; the model needs " + std::to_string(m_engine.mel.config().sampleRate) + " Hz");
    const AudioBuffer mono = audio.toMono();
    const int64_t count = maxSamples < 0 ? static_cast<int64_t>(mono.frameCount())
                                         : std::min<int64_t>(maxSamples, static_cast<int64_t>(mono.frameCount()));
    std::vector<float> samples(mono.data(), mono.data() + count);
    if (maxSamples > count) samples.resize(static_cast<size_t>(maxSamples), 0.0f);
    const dsp::MelFrames mel = m_engine.mel.compute(samples.data(), static_cast<int64_t>(samples.size()));
    const at::Tensor t = at::from_blob(const_cast<float*>(mel.values.data()), {mel.frameCount, mel.melCount}, at::kFloat);
    return m_engine.generator->normalise(t.t().unsqueeze(0).contiguous());
}

Result<at::Tensor> ClipConditionBuilder::reference(const AudioBuffer& audio)
{
    if (audio.frameCount() < static_cast<size_t>(audio.sampleRate() / 10))
        return makeError(ErrorCode::InvalidArgument, "reference audio is shorter than 0.1 s");
    Result<at::Tensor> mel = normalisedMel(audio);
    if (!mel) return mel;
    return poolReferenceMel(*mel);
}

at::Tensor ClipConditionBuilder::temporal(const std::vector<float>& curve, int64_t paddedFrames) const
{
    at::Tensor values = at::zeros({1, paddedFrames});
    const int64_t n = std::min<int64_t>(paddedFrames, static_cast<int64_t>(curve.size()));
    if (n > 0) values.narrow(1, 0, n).copy_(at::from_blob(const_cast<float*>(curve.data()), {1, n}, at::kFloat).clamp(0.0, 1.0));
    return m_engine.generator->temporal->curveFeatures(values);
}

ClipConditions sliceConditions(const ClipConditions& clip, int64_t start, int64_t length)
{
    ClipConditions out = clip;
    if (clip.video.defined()) out.video = clip.video.narrow(0, start, length);
    out.temporal = clip.temporal.narrow(2, start, length);
    return out;
}

}  // namespace foley::inference
