#pragma once

#include <cstddef>

namespace foley::dsp {

// Loudness of a whole programme after ITU-R BS.1770-4 / EBU R128 (and EBU Tech 3341/3342): K-weighting, 400 ms
// momentary blocks every 100 ms, absolute gate -70 LUFS and relative gate -10 LU for the integrated loudness;
// 3 s short-term blocks every 100 ms, gates -70 LUFS and -20 LU, 10th to 95th percentile for the loudness range;
// the true peak from 4x oversampling (TruePeak.h). Channels are weighted 1 (mono and stereo: the exports are stereo).
struct LoudnessMeasurement {
    double integratedLufs = 0;       // -infinity when no block passes the gates (silence)
    double loudnessRangeLu = 0;      // 0 when shorter than one short-term block (3 s)
    double truePeakDbtp = 0;         // -infinity for digital silence
    double maxMomentaryLufs = 0;     // -infinity when shorter than 400 ms or silent
    double maxShortTermLufs = 0;     // -infinity when shorter than 3 s or silent

    bool hasIntegrated() const;
};

// Measures `frames` frames of interleaved float audio (full scale = 1.0) at `sampleRate` Hz.
LoudnessMeasurement measureLoudness(const float* interleaved, size_t frames, int channels, int sampleRate);

// Power (mean square of the K-weighted signal) ↔ loudness: L = -0.691 + 10 log10(power).
double loudnessFromPower(double power);

}  // namespace foley::dsp
