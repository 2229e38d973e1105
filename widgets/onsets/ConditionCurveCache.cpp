#include "widgets/onsets/ConditionCurveCache.h"

#include "core/model/ConditionCurve.h"

#include <cmath>

namespace foley::widgets {

void ConditionCurveCache::rebuild(const Input& input)
{
    static const core::OnsetSampleTimeList kNoOnsets;
    static const std::vector<float> kNoMask;
    m_curve = core::conditionCurve(input.onsets ? *input.onsets : kNoOnsets, input.mask ? *input.mask : kNoMask,
                                   input.maskRate, input.duration);
    m_valid = true;
}

double ConditionCurveCache::rate() const
{
    return core::conditionFrameRate();
}

int64_t ConditionCurveCache::frameAt(SampleTime t) const
{
    return static_cast<int64_t>(std::floor(samplesToSeconds(t) * rate()));
}

}  // namespace foley::widgets
