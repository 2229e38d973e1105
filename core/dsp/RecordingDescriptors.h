#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace foley::dsp {

// Acoustic facts of a recording that decide how it can be used, computed once when a library is built (and stored
// in its manifest) because choosing a bed among a hundred recordings cannot afford to analyse them every take.
struct RecordingDescriptors {
    // Attacks per second after its first 0.1 s, by the detector that hears every attack (AudioOnsetConfig::
    // everyAttack, as aubioonset and listeners do): 0 for a steady bed, high for anything with hits of its own.
    double attacksPerSecond = 0.0;
    // Spread of its 20 ms frame levels in dB plus their mean jump from frame to frame (levels floored 50 dB under
    // the loudest): low for a steady bed (room tone, wind), high for anything with attacks or gaps.
    double unsteadinessDb = 0.0;
    // Attacks per second after its first 0.1 s heard at full bandwidth by high-frequency content (the energy of
    // each bin weighted by its frequency, the onset function aubio uses by default): flicker in the highs that a
    // 16 kHz analysis cannot see, such as codec residue or crackle in an ambience. < 0 = not measured.
    double highFrequencyAttacksPerSecond = -1.0;

    // Mono samples at `rate` (the detector's rate, 16 kHz, for attacksPerSecond).
    static RecordingDescriptors measure(const float* mono, int64_t count, int rate);
    static double levelUnsteadiness(const float* mono, int64_t count, int rate);
    // Mono samples at their own rate (for highFrequencyAttacksPerSecond).
    static double highFrequencyAttackRate(const float* mono, int64_t count, int rate);
    // The attacks themselves (seconds from the start, the first frames included), e.g. to end a cut before the
    // recording's next attack as a full-band listener hears it.
    static std::vector<double> highFrequencyAttackTimes(const float* mono, int64_t count, int rate);

    // The worse of the two attack rates (the full-band one when measured).
    double attackRate() const { return std::max(attacksPerSecond, highFrequencyAttacksPerSecond); }
};

}  // namespace foley::dsp
