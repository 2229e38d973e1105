#include "widgets/onsets/ConditionCurveCache.h"

#include <cmath>

namespace foley::widgets {

ConditionCurveCache::ConditionCurveCache(const dsp::TemporalConditionConfig& config) : m_condition(config) {}

void ConditionCurveCache::setConfig(const dsp::TemporalConditionConfig& config)
{
    m_condition = dsp::TemporalCondition(config);
    m_valid = false;
}

void ConditionCurveCache::rebuild(const Input& input)
{
    dsp::OnsetList events;
    if (input.onsets) {
        events.reserve(static_cast<size_t>(input.onsets->size()));
        for (const auto& onset : *input.onsets) events.push_back({samplesToSeconds(onset.time), onset.strength});
    }
    dsp::SampledCurve mask;
    mask.rate = input.maskRate.toDouble();
    if (input.mask) mask.values = *input.mask;
    m_curve = m_condition.build(events, mask, m_condition.frameCountFor(samplesToSeconds(input.duration)));
    m_valid = true;
}

int64_t ConditionCurveCache::frameAt(SampleTime t) const
{
    return static_cast<int64_t>(std::floor(samplesToSeconds(t) * rate()));
}

}  // namespace foley::widgets
