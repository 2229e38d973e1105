#include "core/model/ConditionCurve.h"

#include "core/dsp/MelConfig.h"
#include "core/dsp/TemporalCondition.h"

namespace foley::core {

std::vector<float> conditionCurve(const OnsetSampleTimeList& onsets, const std::vector<float>& mask, Rational maskRate, SampleTime duration)
{
    dsp::OnsetSecondsList events;
    events.reserve(static_cast<size_t>(onsets.size()));
    for (const Onset& onset : onsets) events.push_back(dsp::OnsetEvent::atSample(onset.time, onset.strength));
    dsp::SampledCurve curve;
    if (maskRate.isValid()) {
        curve.rate = maskRate.toDouble();
        curve.values = mask;
    }
    const dsp::MelConfig mel;
    const int64_t frames = mel.frameCount(convertRate(duration, kProjectRate, mel.sampleRate));
    return dsp::TemporalCondition().build(events, curve, frames);
}

double conditionFrameRate()
{
    return dsp::TemporalConditionConfig{}.frameRate;
}

}  // namespace foley::core
