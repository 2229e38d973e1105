#include "core/model/GenerationParameters.h"

#include <algorithm>
#include <cmath>

namespace foley::core {

namespace {

double clampFinite(double v, double lo, double hi, double fallback)
{
    return std::isfinite(v) ? std::clamp(v, lo, hi) : fallback;
}

}  // namespace

QString toString(TakeRender render)
{
    return render == TakeRender::Neural ? QStringLiteral("neural") : QStringLiteral("recordings");
}

std::optional<TakeRender> takeRenderFromString(const QString& name)
{
    if (name == QLatin1String("recordings")) return TakeRender::Recordings;
    if (name == QLatin1String("neural")) return TakeRender::Neural;
    return std::nullopt;
}

GenerationParameters GenerationParameters::normalized() const
{
    GenerationParameters p = *this;
    p.steps = std::clamp(p.steps, 1, 1000);
    p.guidance = clampFinite(p.guidance, 0.0, 100.0, kDefaultGuidance);
    p.semanticStrength = clampFinite(p.semanticStrength, 0.0, 2.0, kDefaultStrength);
    p.temporalStrength = clampFinite(p.temporalStrength, 0.0, 2.0, kDefaultStrength);
    p.variation = clampFinite(p.variation, 0.0, 1.0, kDefaultVariation);
    p.duration = std::max<SampleTime>(0, p.duration);
    p.sampleRate = std::clamp(p.sampleRate, kMinSampleRate, kMaxSampleRate);
    if (p.region) {
        SampleTimeRange r = *p.region;
        if (r.end < r.start) std::swap(r.start, r.end);
        r.start = std::max<SampleTime>(0, r.start);
        r.end = std::max(r.end, r.start);
        p.region = r.isEmpty() ? std::nullopt : std::optional<SampleTimeRange>(r);
    }
    return p;
}

}  // namespace foley::core
