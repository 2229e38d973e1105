// Audio onset detection against known onsets, ours versus Debian's `aubioonset` on the same WAV files.
//
// Renders N test signals (16 kHz mono, 16-bit WAV) with known onset times — decaying filtered noise bursts,
// plucked strings (Karplus-Strong), clicks, low thuds and soft-attack tones at levels from -40 to 0 dB over a
// noise floor with hum — runs foley::dsp::AudioOnsetDetector and `aubioonset -i FILE` (default settings, and
// its other methods for reference), and prints F1 / precision / recall at ±50 ms for both.
//
//   bench_onsets [--files N] [--seed S] [--keep DIR]
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/OnsetMetrics.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

using foley::dsp::OnsetSecondsList;
namespace fs = std::filesystem;

constexpr int kRate = 16000;
constexpr double kPi = 3.14159265358979323846;

struct TestSignal {
    std::string kind;
    std::vector<float> samples;
    OnsetSecondsList onsets;
};

// One sound event starting at sample 0 of `out` (added in place), peak amplitude about `level`.
void addEvent(int type, double level, std::mt19937& rng, std::vector<float>& x, size_t start)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> gauss(0.0, 1.0);
    const size_t n = x.size();
    switch (type) {
    case 0: {  // decaying noise burst through a random one-pole low-pass
        const double tau = 0.02 + 0.2 * u(rng);
        const double cutoff = 0.05 + 0.9 * u(rng);
        double state = 0;
        for (size_t i = 0; i < size_t(6 * tau * kRate) && start + i < n; ++i) {
            state += cutoff * (gauss(rng) - state);
            const double attack = std::min(1.0, double(i) / (0.001 * kRate));
            x[start + i] += float(level * 0.5 * state * attack * std::exp(-double(i) / (tau * kRate)));
        }
        break;
    }
    case 1: {  // plucked string
        const double f0 = 100 + 700 * u(rng);
        const size_t period = size_t(kRate / f0);
        std::vector<double> line(period);
        for (auto& v : line) v = u(rng) * 2 - 1;
        const double decay = 0.990 + 0.0095 * u(rng);
        for (size_t i = 0; i < size_t(1.5 * kRate) && start + i < n; ++i) {
            const size_t k = i % period;
            const double out = line[k];
            line[k] = decay * 0.5 * (line[k] + line[(k + 1) % period]);
            x[start + i] += float(level * 0.6 * out);
        }
        break;
    }
    case 2: {  // click: a few samples of alternating impulse with a tiny ring
        for (size_t i = 0; i < 48 && start + i < n; ++i)
            x[start + i] += float(level * std::exp(-double(i) / 6.0) * (i % 2 ? -1.0 : 1.0));
        break;
    }
    case 3: {  // low thud: decaying 50-150 Hz sine with a noisy 2 ms contact transient
        const double f = 50 + 100 * u(rng);
        for (size_t i = 0; i < size_t(0.4 * kRate) && start + i < n; ++i) {
            const double t = double(i) / kRate;
            const double body = std::sin(2 * kPi * f * t) * std::exp(-t / 0.08);
            const double contact = i < 32 ? 0.4 * gauss(rng) : 0.0;
            x[start + i] += float(level * (body + contact));
        }
        break;
    }
    default: {  // tone with a soft 8 ms attack (harder: no broadband transient)
        const double f = 200 + 1800 * u(rng);
        for (size_t i = 0; i < size_t(0.5 * kRate) && start + i < n; ++i) {
            const double t = double(i) / kRate;
            const double env = std::min(1.0, t / 0.008) * std::exp(-t / 0.15);
            x[start + i] += float(level * 0.8 * env * (std::sin(2 * kPi * f * t) + 0.3 * std::sin(4 * kPi * f * t)));
        }
        break;
    }
    }
}

TestSignal renderSignal(int index, std::mt19937& rng)
{
    static const char* const kKinds[] = {"bursts", "plucks", "clicks", "thuds", "tones", "mixed"};
    TestSignal signal;
    const int kind = index % 6;
    signal.kind = kKinds[kind];
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> gauss(0.0, 1.0);
    const double seconds = 12.0;
    signal.samples.assign(size_t(seconds * kRate), 0.0f);
    // Noise floor (-55..-40 dBFS) and a 50 Hz hum.
    const double floorLevel = std::pow(10.0, (-55 + 15 * u(rng)) / 20.0);
    const double hum = floorLevel * 2 * u(rng);
    for (size_t i = 0; i < signal.samples.size(); ++i)
        signal.samples[i] = float(floorLevel * gauss(rng) + hum * std::sin(2 * kPi * 50 * double(i) / kRate));
    double t = 0.3 + 0.4 * u(rng);
    while (t < seconds - 0.6) {
        const int type = kind == 5 ? int(u(rng) * 5) : kind;
        const double level = std::pow(10.0, (-40 * u(rng)) / 20.0) * 0.7;
        addEvent(type, level, rng, signal.samples, size_t(t * kRate));
        signal.onsets.push_back({t, level});
        t += 0.12 + 0.9 * u(rng);
    }
    for (float& v : signal.samples) v = std::clamp(v, -1.0f, 1.0f);
    return signal;
}

void writeWav16(const fs::path& path, const std::vector<float>& samples)
{
    std::ofstream out(path, std::ios::binary);
    auto u32 = [&](uint32_t v) { out.write(reinterpret_cast<const char*>(&v), 4); };
    auto u16 = [&](uint16_t v) { out.write(reinterpret_cast<const char*>(&v), 2); };
    const uint32_t bytes = uint32_t(samples.size() * 2);
    out.write("RIFF", 4); u32(36 + bytes); out.write("WAVEfmt ", 8); u32(16); u16(1); u16(1);
    u32(kRate); u32(kRate * 2); u16(2); u16(16); out.write("data", 4); u32(bytes);
    for (float v : samples) {
        const auto s = int16_t(std::lround(std::clamp(v, -1.0f, 1.0f) * 32767.0f));
        out.write(reinterpret_cast<const char*>(&s), 2);
    }
}

OnsetSecondsList runAubio(const fs::path& wav, const std::string& method)
{
    const std::string command = "aubioonset " + (method.empty() ? std::string() : "-O " + method + " ") + "-i '"
        + wav.string() + "' 2>/dev/null";
    OnsetSecondsList onsets;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return onsets;
    char line[256];
    while (std::fgets(line, sizeof line, pipe)) {
        char* end = nullptr;
        const double seconds = std::strtod(line, &end);
        if (end != line) onsets.push_back({seconds, 1.0});
    }
    pclose(pipe);
    return onsets;
}

void printRow(const char* name, const foley::dsp::OnsetScoresSummary& s)
{
    std::printf("  %-24s F1 %.3f  P %.3f  R %.3f  (%d detected, %d reference, %d matched)\n", name, s.f1, s.precision,
                s.recall, s.detected, s.reference, s.matched);
}

}  // namespace

int main(int argc, char** argv)
{
    int files = 30;
    unsigned seed = 2024;
    std::string keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--files")) files = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seed")) seed = unsigned(std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--keep")) keep = argv[i + 1];
    }
    const fs::path dir = keep.empty() ? fs::temp_directory_path() / ("bench_onsets_" + std::to_string(seed)) : fs::path(keep);
    fs::create_directories(dir);
    const bool haveAubio = std::system("aubioonset --help >/dev/null 2>&1") == 0;

    std::mt19937 rng(seed);
    const foley::dsp::OnsetMetrics metrics;  // ±50 ms
    const foley::dsp::AudioOnsetDetector detector;
    const std::vector<std::string> aubioMethods = {"", "specflux", "complex", "energy", "mkl"};
    std::vector<foley::dsp::OnsetScores> ours;
    std::vector<std::vector<foley::dsp::OnsetScores>> aubio(aubioMethods.size());
    std::vector<std::vector<foley::dsp::OnsetScores>> oursByKind(6), aubioByKind(6);
    double detectSeconds = 0, audioSeconds = 0;
    std::vector<double> timingErrors;
    for (int i = 0; i < files; ++i) {
        const TestSignal signal = renderSignal(i, rng);
        const fs::path wav = dir / ("signal_" + std::to_string(i) + "_" + signal.kind + ".wav");
        writeWav16(wav, signal.samples);
        // Score what both read: the 16-bit file's samples.
        std::vector<float> quantised(signal.samples.size());
        for (size_t k = 0; k < quantised.size(); ++k)
            quantised[k] = float(std::lround(std::clamp(signal.samples[k], -1.0f, 1.0f) * 32767.0f)) / 32768.0f;
        const auto start = std::chrono::steady_clock::now();
        const auto result = detector.detect(quantised.data(), int64_t(quantised.size()));
        detectSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        audioSeconds += double(quantised.size()) / kRate;
        ours.push_back(metrics.evaluate(result.onsets, signal.onsets));
        for (auto [d, r] : ours.back().matches)
            timingErrors.push_back(std::abs(result.onsets[size_t(d)].seconds - signal.onsets[size_t(r)].seconds));
        oursByKind[size_t(i % 6)].push_back(ours.back());
        if (!haveAubio) continue;
        for (size_t m = 0; m < aubioMethods.size(); ++m) {
            aubio[m].push_back(metrics.evaluate(runAubio(wav, aubioMethods[m]), signal.onsets));
            if (m == 0) aubioByKind[size_t(i % 6)].push_back(aubio[m].back());
        }
    }

    std::printf("bench_onsets: %d files x 12 s, 16 kHz mono, seed %u, tolerance ±50 ms%s\n", files, seed,
                keep.empty() ? "" : (" (files kept in " + dir.string() + ")").c_str());
    if (keep.empty()) fs::remove_all(dir);
    const auto oursSummary = foley::dsp::OnsetMetrics::summarize(ours);
    printRow("foley AudioOnsetDetector", oursSummary);
    std::sort(timingErrors.begin(), timingErrors.end());
    if (!timingErrors.empty())
        std::printf("  %-24s |error| of matched onsets: median %.1f ms, 90%% %.1f ms; speed %.0fx real time\n", "",
                    1000 * timingErrors[timingErrors.size() / 2], 1000 * timingErrors[timingErrors.size() * 9 / 10],
                    audioSeconds / std::max(1e-9, detectSeconds));
    if (!haveAubio) {
        std::printf("  aubioonset not found (install aubio-tools): no comparison\n");
        return 1;
    }
    for (size_t m = 0; m < aubioMethods.size(); ++m) {
        const std::string name = "aubioonset " + (aubioMethods[m].empty() ? std::string("(default hfc)") : "-O " + aubioMethods[m]);
        printRow(name.c_str(), foley::dsp::OnsetMetrics::summarize(aubio[m]));
    }
    std::printf("  per kind (ours / aubio default):\n");
    static const char* const kKinds[] = {"bursts", "plucks", "clicks", "thuds", "tones", "mixed"};
    for (size_t k = 0; k < 6; ++k)
        if (!oursByKind[k].empty())
            std::printf("    %-8s F1 %.3f / %.3f\n", kKinds[k], foley::dsp::OnsetMetrics::summarize(oursByKind[k]).f1,
                        foley::dsp::OnsetMetrics::summarize(aubioByKind[k]).f1);
    const auto aubioSummary = foley::dsp::OnsetMetrics::summarize(aubio[0]);
    std::printf("RESULT ours_f1=%.3f aubio_f1=%.3f %s\n", oursSummary.f1, aubioSummary.f1,
                oursSummary.f1 >= aubioSummary.f1 ? "PASS (ours >= aubio)" : "FAIL (aubio better)");
    return oursSummary.f1 >= aubioSummary.f1 ? 0 : 1;
}
