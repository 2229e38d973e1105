#pragma once

#include <cstdint>
#include <vector>

namespace foley::dsp {

struct PeakPickerConfig {
    enum class Statistic { Mean, Median };
    // A peak is the maximum of [i - preMax, i + postMax] ...
    double preMaxSeconds = 0.03;
    double postMaxSeconds = 0.03;
    // ... and exceeds the moving statistic of [i - preAvg, i + postAvg] by `delta`, and `minValue` absolutely.
    double preAvgSeconds = 0.10;
    double postAvgSeconds = 0.07;
    Statistic statistic = Statistic::Mean;
    double delta = 0.1;
    double ratio = 1.0;     // and exceeds ratio x the moving statistic (flat plateaus such as fades are not peaks)
    double minValue = 0.0;
    // Peaks closer than this keep only the strongest (ties: the earlier).
    double minIntervalSeconds = 0.03;
};

struct Peak {
    int64_t index = 0;
    float value = 0.0f;
    // Sub-frame position of the maximum (parabolic fit of the three values around it), in [index-0.5, index+0.5].
    double position = 0.0;
};

// Adaptive-threshold peak picking over an envelope sampled at `frameRate` (SuperFlux/madmom style).
class PeakPicker {
public:
    explicit PeakPicker(const PeakPickerConfig& config = {}) : m_config(config) {}
    const PeakPickerConfig& config() const { return m_config; }

    std::vector<Peak> pick(const std::vector<float>& envelope, double frameRate) const;
    // The threshold curve pick() compares against: max(statistic + delta, statistic * ratio, minValue).
    std::vector<float> threshold(const std::vector<float>& envelope, double frameRate) const;

private:
    PeakPickerConfig m_config;
};

}  // namespace foley::dsp
