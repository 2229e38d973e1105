#pragma once

#include "core/model/Onset.h"
#include "core/types/Rational.h"
#include "core/types/SampleTime.h"

#include <vector>

namespace foley::core {

// The temporal condition the model sees for a project's onsets and mask, over `duration` project samples: one value
// per mel frame (100 per second, as many frames as the model's mel has for that length), from core/dsp's
// TemporalCondition with the model's settings. The one function behind the onset lane's condition curve and the
// engine request (app/services/GenerationRequestBuilder), so what the editor draws is what the model is given.
std::vector<float> conditionCurve(const OnsetSampleTimeList& onsets, const std::vector<float>& mask, Rational maskRate, SampleTime duration);

// Frames of the curve per second.
double conditionFrameRate();

}  // namespace foley::core
