#pragma once

#include "core/dsp/MelConfig.h"

#include <vector>

namespace foley::dsp {

// Slaney mel scale (Auditory Toolbox; librosa htk=False): linear below 1 kHz (200/3 Hz per mel),
// logarithmic above (27 mels per factor 6.4).
double hzToMel(double hz);
double melToHz(double mel);

// The triangular mel filters of a MelConfig with Slaney area normalisation (each row scaled by
// 2 / (upper edge - lower edge) in Hz), as librosa.filters.mel(norm="slaney", htk=False) builds them.
// Stored sparsely (each filter touches a short run of FFT bins), with the dense matrix available for
// inference (e.g. a pseudo-inverse to go from mel back to a linear spectrogram).
class MelFilterbank {
public:
    explicit MelFilterbank(const MelConfig& config = {});

    int melCount() const { return m_melCount; }
    int binCount() const { return m_binCount; }

    // Dense matrix, nMels rows x (nFft/2 + 1) columns, row-major.
    std::vector<float> matrix() const;
    // Weight of FFT bin `bin` in filter `mel` (0 outside its support).
    float weight(int mel, int bin) const;
    // Centre frequency (Hz) of filter `mel`: the apex of its triangle.
    double centerHz(int mel) const { return m_edgesHz[static_cast<size_t>(mel) + 1]; }
    // The nMels + 2 band edges in Hz, evenly spaced on the mel scale from fMin to fMax.
    const std::vector<double>& edgesHz() const { return m_edgesHz; }

    // out[m] = sum_k W[m][k] * magnitude[k]; `magnitude` has binCount() values, `out` melCount().
    void apply(const float* magnitude, float* out) const;

private:
    struct Filter {
        int firstBin = 0;
        std::vector<float> weights;  // bins firstBin .. firstBin + weights.size() - 1
    };
    int m_melCount = 0;
    int m_binCount = 0;
    std::vector<double> m_edgesHz;
    std::vector<Filter> m_filters;
};

}  // namespace foley::dsp
