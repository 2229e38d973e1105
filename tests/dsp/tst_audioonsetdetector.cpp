#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/OnsetMetrics.h"

#include <QtTest>

#include <cmath>
#include <random>

using foley::dsp::AudioOnsetDetector;
using foley::dsp::OnsetSecondsList;

namespace {

constexpr int kRate = 16000;
constexpr double kPi = 3.14159265358979323846;

std::vector<float> noiseFloor(double seconds, float level, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> gauss(0.0f, level);
    std::vector<float> x(static_cast<size_t>(seconds * kRate));
    for (auto& v : x) v = gauss(rng);
    return x;
}

void addClick(std::vector<float>& x, double seconds, float amplitude)
{
    const size_t start = size_t(std::llround(seconds * kRate));
    for (size_t i = 0; i < 32 && start + i < x.size(); ++i)
        x[start + i] += amplitude * float(std::exp(-double(i) / 5.0)) * (i % 2 ? -1.0f : 1.0f);
}

void addBurst(std::vector<float>& x, double seconds, float amplitude, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> gauss(0.0f, 1.0f);
    const size_t start = size_t(std::llround(seconds * kRate));
    for (size_t i = 0; i < size_t(0.15 * kRate) && start + i < x.size(); ++i)
        x[start + i] += amplitude * 0.4f * gauss(rng) * float(std::exp(-double(i) / (0.03 * kRate)));
}

}  // namespace

class TstAudioOnsetDetector : public QObject {
    Q_OBJECT

private slots:
    void clicksAreFoundWithin10ms()
    {
        std::vector<float> x = noiseFloor(6.0, 0.002f, 1);
        const std::vector<double> times = {0.5, 0.93, 1.4, 2.2, 2.45, 3.1, 4.0, 4.77, 5.5};
        for (size_t i = 0; i < times.size(); ++i) addClick(x, times[i], i % 3 == 0 ? 0.9f : i % 3 == 1 ? 0.3f : 0.08f);
        const auto result = AudioOnsetDetector().detect(x.data(), int64_t(x.size()));
        QCOMPARE(result.onsets.size(), times.size());
        for (size_t i = 0; i < times.size(); ++i)
            QVERIFY2(std::abs(result.onsets[i].seconds - times[i]) <= 0.010,
                     qPrintable(QString("click %1 at %2 found at %3").arg(i).arg(times[i]).arg(result.onsets[i].seconds)));
        // Strength follows the level: loud clicks (0.9) outrank quiet ones (0.08), and lie in [0, 1].
        QVERIFY(result.onsets[0].strength > result.onsets[2].strength);
        QVERIFY(result.onsets[3].strength > result.onsets[1].strength);
        for (const auto& onset : result.onsets) QVERIFY(onset.strength >= 0.0 && onset.strength <= 1.0);
        QVERIFY(result.onsets[0].strength > 0.95);
        // The envelope is one value per mel frame.
        QCOMPARE(result.envelope.size(), size_t(1 + x.size() / 160));
        QCOMPARE(result.envelopeRate, 100.0);
    }

    void burstsAndToneAttacks()
    {
        std::vector<float> x = noiseFloor(5.0, 0.003f, 2);
        const std::vector<double> times = {0.4, 1.05, 1.7, 2.6, 3.3, 4.2};
        for (size_t i = 0; i < times.size(); ++i) addBurst(x, times[i], i % 2 ? 0.7f : 0.15f, unsigned(10 + i));
        const auto result = AudioOnsetDetector().detect(x.data(), int64_t(x.size()));
        OnsetSecondsList reference;
        for (double t : times) reference.push_back({t, 1.0});
        const auto scores = foley::dsp::OnsetMetrics().evaluate(result.onsets, reference);
        QCOMPARE(scores.f1, 1.0);
        for (const auto& [d, r] : scores.matches)
            QVERIFY(std::abs(result.onsets[size_t(d)].seconds - times[size_t(r)]) <= 0.010);
    }

    void grainInsideOneSoundIsNotANewOnset()
    {
        // Two 0.5 s sounds whose bodies flicker (the grain generated audio has: bursts of energy every 70 ms) over an
        // almost silent floor (-94 dBFS, with a -90 dB flicker at 1.5 s): two onsets, not one per flicker.
        std::vector<float> x = noiseFloor(4.0, 2e-5f, 5);
        for (size_t i = size_t(1.5 * kRate); i < size_t(1.52 * kRate); ++i) x[i] *= 2.0f;
        std::mt19937 rng(9);
        std::normal_distribution<float> gauss(0.0f, 1.0f);
        for (double start : {1.0, 2.5}) {
            for (size_t i = 0; i < size_t(0.5 * kRate); ++i) {
                const double t = double(i) / kRate;
                const double grain = 0.4 + 0.6 * std::pow(std::abs(std::sin(kPi * t / 0.07)), 8.0);
                x[size_t(start * kRate) + i] += 0.5f * gauss(rng) * float(std::exp(-t / 0.15) * grain);
            }
        }
        const auto result = AudioOnsetDetector().detect(x.data(), int64_t(x.size()));
        QCOMPARE(result.onsets.size(), size_t(2));
        QVERIFY(std::abs(result.onsets[0].seconds - 1.0) < 0.02 && std::abs(result.onsets[1].seconds - 2.5) < 0.02);
        // Without masking and the level gate the same signal gives more "onsets": the rules are what removes them.
        QVERIFY(AudioOnsetDetector(foley::dsp::AudioOnsetConfig::everyAttack()).detect(x.data(), int64_t(x.size())).onsets.size() > 2);
    }

    void steadySoundsGiveNoOnsets()
    {
        // Stationary noise, a steady tone with vibrato and digital silence: nothing starts, nothing is found.
        std::vector<float> x = noiseFloor(4.0, 0.05f, 3);
        for (size_t i = 0; i < x.size(); ++i) {
            const double t = double(i) / kRate;
            x[i] += 0.3f * float(std::sin(2 * kPi * (440 * t + 3.0 * std::sin(2 * kPi * 5 * t))));
        }
        // Fade the start in over 200 ms so the file's beginning is not an attack.
        for (size_t i = 0; i < size_t(0.2 * kRate); ++i) x[i] *= float(i) / (0.2f * kRate);
        const auto steady = AudioOnsetDetector().detect(x.data(), int64_t(x.size()));
        QVERIFY2(steady.onsets.empty(), qPrintable(QString("%1 onsets, first at %2, last at %3").arg(steady.onsets.size())
                                                       .arg(steady.onsets.empty() ? 0.0 : steady.onsets[0].seconds)
                                                       .arg(steady.onsets.empty() ? 0.0 : steady.onsets.back().seconds)));
        const std::vector<float> silence(32000, 0.0f);
        QVERIFY(AudioOnsetDetector().detect(silence.data(), int64_t(silence.size())).onsets.empty());
        QVERIFY(AudioOnsetDetector().detect(silence.data(), 0).onsets.empty());
    }

    void audioBufferMustBeMono16k()
    {
        const foley::AudioBuffer wrong(std::vector<float>(4410, 0.0f), 44100, 1);
        const auto result = AudioOnsetDetector().detect(wrong);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, foley::ErrorCode::InvalidArgument);
        std::vector<float> x = noiseFloor(1.0, 0.001f, 4);
        addClick(x, 0.5, 0.5f);
        const auto ok = AudioOnsetDetector().detect(foley::AudioBuffer(x, kRate, 1));
        QVERIFY(ok.ok());
        QCOMPARE(ok->onsets.size(), size_t(1));
        foley::RunControl cancelled;
        cancelled.cancel();
        const auto stopped = AudioOnsetDetector().detect(foley::AudioBuffer(x, kRate, 1), &cancelled);
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.error().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TstAudioOnsetDetector)
#include "tst_audioonsetdetector.moc"
