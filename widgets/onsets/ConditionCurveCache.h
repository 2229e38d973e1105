#pragma once

#include "core/model/Onset.h"
#include "core/types/Rational.h"

#include <vector>

namespace foley::widgets {

// The temporal condition the model sees (core::conditionCurve, the same function the engine request is built with),
// kept for the whole clip and rebuilt only after an edit, so repaints during playback cost nothing.
class ConditionCurveCache {
public:
    struct Input {
        const core::OnsetSampleTimeList* onsets = nullptr;  // drag previews applied
        const std::vector<float>* mask = nullptr;  // mask values, stroke preview applied
        Rational maskRate{25, 1};
        SampleTime duration = 0;
    };

    void invalidate() { m_valid = false; }
    bool isValid() const { return m_valid; }
    void rebuild(const Input& input);
    const std::vector<float>& curve() const { return m_curve; }
    double rate() const;
    // Frame index of time t on the condition's grid (frame k at k / rate seconds).
    int64_t frameAt(SampleTime t) const;

private:
    std::vector<float> m_curve;
    bool m_valid = false;
};

}  // namespace foley::widgets
