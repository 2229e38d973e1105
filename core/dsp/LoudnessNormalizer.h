#pragma once

#include "core/dsp/LoudnessMeter.h"
#include "core/types/Result.h"

#include <vector>

namespace foley::dsp {

// What a deliverable should measure: EBU R128 broadcast -23 LUFS, web -16, streaming -14; true peak at most -1 dBTP.
struct LoudnessTarget {
    double integratedLufs = -23.0;
    double truePeakCeilingDbtp = -1.0;
};

struct LoudnessNormalization {
    LoudnessMeasurement before;
    LoudnessMeasurement after;
    double gainDb = 0;              // the static gain applied to the whole programme
    bool limited = false;           // a peak limiter acted (only where the gain alone would pass the ceiling)
    double limitedSeconds = 0;      // how long its gain was below unity
    double maxGainReductionDb = 0;  // its deepest reduction (>= 0)
};

// Normalises `interleaved` in place to `target`: one static gain to the integrated loudness, then, only if the true
// peak would pass the ceiling, a look-ahead limiter on the peaks above it (5 ms ramps, so nothing clicks; aiming 0.5 dB under the ceiling, the
// spread between true-peak meters on limited wide-band peaks), with the gain
// corrected for what the limiter took. The result is measured again, not assumed. Errors (InvalidArgument, nothing
// changed): a silent programme or one below the -70 LUFS gate ("the loudness target … cannot be reached: … silent"),
// a target the ceiling does not allow without crushing the sound (more than 0.5 LU short with at most 6 dB of make-up gain for what the limiter took), non-finite
// or absurd targets.
Result<LoudnessNormalization> normalizeLoudness(std::vector<float>& interleaved, int channels, int sampleRate,
                                                const LoudnessTarget& target);

// Scales `interleaved` by `gainDb`.
void applyGainDb(std::vector<float>& interleaved, double gainDb);

}  // namespace foley::dsp
