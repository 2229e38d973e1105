#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace foley::dsp {

// THE mel definition of FoleyForge: the spectrogram view, the onset detectors, training and inference all
// use this one struct, so what the user sees is what the model was trained on. Model packs embed
// toString() and compare field by field (operator==) before they accept audio features.
//
// Defaults (librosa-compatible except for the padding, which follows torch/torchaudio):
//   * input: mono float at sampleRate = 16000 Hz;
//   * STFT: nFft = 1024, winLength = 1024 periodic Hann (zero-padded and centred in nFft when shorter),
//     hop = 160 samples (10 ms, 100 frames per second);
//   * frames are centred: frame k is centred on sample k * hop; the signal is reflect-padded by nFft / 2
//     on both sides (numpy "reflect": the edge sample is not repeated), so a signal of n samples gives
//     1 + n / hop frames (integer division);
//   * magnitude spectrum (power 1.0, not squared), no normalisation of the FFT;
//   * nMels = 64 triangular filters between fMin = 0 Hz and fMax = 8000 Hz on the Slaney mel scale
//     (linear below 1 kHz, logarithmic above; NOT HTK), each filter scaled by 2 / (bandwidth in Hz)
//     ("Slaney" area normalisation, librosa's norm="slaney" default);
//   * log: natural log with a floor, log(max(mel, 1e-5)).
struct MelConfig {
    int sampleRate = 16000;
    int nFft = 1024;
    int winLength = 1024;
    int hop = 160;
    int nMels = 64;
    double fMin = 0.0;
    double fMax = 8000.0;
    double logFloor = 1e-5;
    bool center = true;  // reflect-padded centred frames (see above)

    // Identity of the pieces that are not parameters: a pack made with another scale/norm/window/padding
    // must not load. Kept as strings so toString() states them.
    static constexpr const char* kMelScale = "slaney";
    static constexpr const char* kNorm = "slaney";
    static constexpr const char* kWindow = "hann-periodic";
    static constexpr const char* kPadMode = "reflect";
    static constexpr const char* kMagnitude = "magnitude";  // power 1.0
    static constexpr const char* kLog = "ln-floor";

    int bins() const { return nFft / 2 + 1; }
    double framesPerSecond() const { return static_cast<double>(sampleRate) / hop; }
    double frameToSeconds(int64_t frame) const { return static_cast<double>(frame) * hop / sampleRate; }
    // Number of frames for a signal of `samples` samples (centred framing: 1 + n / hop).
    int64_t frameCount(int64_t samples) const;

    // Empty when usable; otherwise a one-line reason (e.g. "hop must be positive").
    std::string validate() const;

    // Stable, human-readable dump, one `key=value` per line in a fixed order, e.g. "sample_rate=16000".
    // Doubles are printed with enough digits to round-trip.
    std::string toString() const;
    // Parses toString()'s output; fails (nullopt) on unknown keys, bad numbers, or a different
    // scale/norm/window/padding/magnitude/log identity.
    static std::optional<MelConfig> fromString(const std::string& text);

    friend bool operator==(const MelConfig& a, const MelConfig& b);
    friend bool operator!=(const MelConfig& a, const MelConfig& b) { return !(a == b); }
};

}  // namespace foley::dsp
