#include "inference/sampling/GuidedDenoiser.h"

#include <chrono>

namespace foley::inference {

namespace {

at::Tensor flags(const std::vector<float>& values)
{
    return at::tensor(values, at::kFloat);
}

}  // namespace

GuidedDenoiser::GuidedDenoiser(GeneratorModel model, const ClipConditions& clip, std::vector<GuidanceBranch> branches,
                               const WindowPlan& plan, int maxWindowsPerForward)
    : m_model(std::move(model)), m_clip(clip), m_branches(std::move(branches)), m_plan(plan)
{
    const int w = m_plan.window();
    m_weights = at::empty({m_plan.count(), w});
    auto acc = m_weights.accessor<float, 2>();
    for (int k = 0; k < m_plan.count(); ++k)
        for (int i = 0; i < w; ++i) acc[k][i] = m_plan.weight(k, i);
    m_weightSum = at::zeros({m_plan.paddedFrames()});
    for (int k = 0; k < m_plan.count(); ++k) m_weightSum.narrow(0, m_plan.start(k), w).add_(m_weights[k]);

    for (int first = 0; first < m_plan.count(); first += maxWindowsPerForward) {
        const int n = std::min(maxWindowsPerForward, m_plan.count() - first);
        const bool cached = first + n <= kCachedWindows;
        Chunk chunk{first, n, std::nullopt};
        if (cached) chunk.conditions = prepareChunk(first, n);
        m_chunks.push_back(std::move(chunk));
        const double items = static_cast<double>(n) * branchCount(), textTokens = static_cast<double>(clip.text.tokens.size(1));
        (cached ? m_prepareFlops : m_flopsPerStep) += m_model->prepareFlops(items, textTokens);
        m_flopsPerStep += m_model->stepFlops(items, textTokens);
    }
}

PreparedConditions GuidedDenoiser::prepareChunk(int firstWindow, int windows)
{
    const ClipConditions& clip = m_clip;
    const ArchitectureConfig& cfg = m_model->config();
    const int64_t w = m_plan.window();
    std::vector<int64_t> textRows;
    std::vector<float> semantic, aligned, referencePresent, temporalStrength;
    std::vector<at::Tensor> video, temporal;
    for (int k = firstWindow; k < firstWindow + windows; ++k) {
        const int64_t s = m_plan.start(k);
        const at::Tensor windowVideo =
            clip.video.defined() ? clip.video.narrow(0, s, w) : at::zeros({w, cfg.videoFeatureDim});
        const at::Tensor windowTemporal = clip.temporal[0].narrow(1, s, w);
        for (const GuidanceBranch& b : m_branches) {
            textRows.push_back(b.textRow);
            semantic.push_back(b.videoSemantic && clip.video.defined() ? clip.semanticStrength : 0.0f);
            aligned.push_back(b.videoAligned && clip.video.defined() ? 1.0f : 0.0f);
            referencePresent.push_back(b.reference && clip.reference.defined() ? 1.0f : 0.0f);
            temporalStrength.push_back(clip.temporalStrength);
            video.push_back(windowVideo);
            temporal.push_back(windowTemporal);
        }
    }
    WindowConditions c;
    const at::Tensor rows = at::tensor(textRows, at::kLong);
    c.text.tokens = clip.text.tokens.index_select(0, rows);
    c.text.mask = clip.text.mask.index_select(0, rows);
    c.video = at::stack(video);
    c.temporal = at::stack(temporal);
    c.videoSemantic = flags(semantic);
    c.videoAligned = flags(aligned);
    c.temporalStrength = flags(temporalStrength);
    c.referencePresent = flags(referencePresent);
    const int64_t items = static_cast<int64_t>(textRows.size());
    c.reference = clip.reference.defined() ? clip.reference.expand({items, clip.reference.size(1)}).contiguous()
                                           : at::zeros({items, 2 * cfg.melBins});
    const auto begin = std::chrono::steady_clock::now();
    PreparedConditions prepared = m_model->prepare(c);
    m_forwardMilliseconds += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
    return prepared;
}

at::Tensor GuidedDenoiser::velocity(const at::Tensor& x, double t)
{
    const int64_t w = m_plan.window(), nb = branchCount();
    at::Tensor fused = at::zeros_like(x);
    for (const Chunk& chunk : m_chunks) {
        std::vector<at::Tensor> inputs;
        for (int k = chunk.firstWindow; k < chunk.firstWindow + chunk.windows; ++k)
            inputs.push_back(x[0].narrow(1, m_plan.start(k), w).unsqueeze(0).expand({nb, x.size(1), w}));
        const at::Tensor batch = at::cat(inputs, 0);
        const at::Tensor times = at::full({batch.size(0)}, t, at::kFloat);
        const std::optional<PreparedConditions> uncached =  // (prepareChunk times itself)
            chunk.conditions ? std::nullopt : std::optional<PreparedConditions>(prepareChunk(chunk.firstWindow, chunk.windows));
        const PreparedConditions& conditions = chunk.conditions ? *chunk.conditions : *uncached;
        const auto begin = std::chrono::steady_clock::now();
        const at::Tensor v = m_model->forward(batch, times, conditions).view({chunk.windows, nb, x.size(1), w});
        m_forwardMilliseconds += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();

        const at::Tensor unconditional = v.select(1, 0);
        at::Tensor guided = unconditional.clone();
        for (int64_t b = 1; b < nb; ++b) guided += m_branches[static_cast<size_t>(b)].weight * (v.select(1, b) - unconditional);
        for (int i = 0; i < chunk.windows; ++i) {
            const int k = chunk.firstWindow + i;
            fused[0].narrow(1, m_plan.start(k), w).add_(guided[i] * m_weights[k].unsqueeze(0));
        }
    }
    return fused / m_weightSum.view({1, 1, -1});
}

}  // namespace foley::inference
