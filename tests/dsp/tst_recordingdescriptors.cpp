// RecordingDescriptors: a steady bed has no attacks and a steady level; clicks count as attacks at 16 kHz and at
// full band; flicker only above 8 kHz is invisible to the 16 kHz count but not to the full-band one.
#include "core/dsp/RecordingDescriptors.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace foley;

namespace {

std::vector<float> steadyNoise(int rate, double seconds, unsigned seed, double amplitude = 0.1)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, static_cast<float>(amplitude));
    std::vector<float> x(static_cast<size_t>(seconds * rate));
    for (float& v : x) v = n(rng);
    return x;
}

// Steady noise with a loud 5 ms burst every `period` seconds (from 0.25 s on).
std::vector<float> clicks(int rate, double seconds, double period)
{
    std::vector<float> x = steadyNoise(rate, seconds, 3, 0.01);
    std::mt19937 rng(4);
    std::normal_distribution<float> n(0.0f, 0.5f);
    for (double t = 0.25; t < seconds - 0.05; t += period)
        for (size_t i = static_cast<size_t>(t * rate); i < static_cast<size_t>((t + 0.005) * rate); ++i) x[i] += n(rng);
    return x;
}

}  // namespace

class TstRecordingDescriptors : public QObject {
    Q_OBJECT

private slots:
    void aSteadyBedHasNoAttacks()
    {
        const std::vector<float> bed = steadyNoise(16000, 4.0, 1);
        const auto d = dsp::RecordingDescriptors::measure(bed.data(), static_cast<int64_t>(bed.size()), 16000);
        QCOMPARE(d.attacksPerSecond, 0.0);
        QVERIFY(d.unsteadinessDb < 2.0);
        const std::vector<float> full = steadyNoise(48000, 4.0, 2);
        QVERIFY(dsp::RecordingDescriptors::highFrequencyAttackRate(full.data(), static_cast<int64_t>(full.size()), 48000) < 0.5);
    }

    void clicksCountAsAttacksAtBothBandwidths()
    {
        const std::vector<float> x16 = clicks(16000, 4.0, 0.5);  // 8 clicks in 4 s
        const auto d = dsp::RecordingDescriptors::measure(x16.data(), static_cast<int64_t>(x16.size()), 16000);
        QVERIFY2(std::abs(d.attacksPerSecond - 2.0) <= 0.5, qPrintable(QString::number(d.attacksPerSecond)));
        QVERIFY(d.unsteadinessDb > 5.0);
        const std::vector<float> x48 = clicks(48000, 4.0, 0.5);
        const double hf = dsp::RecordingDescriptors::highFrequencyAttackRate(x48.data(), static_cast<int64_t>(x48.size()), 48000);
        QVERIFY2(hf >= 1.5 && hf <= 4.5, qPrintable(QString::number(hf)));  // a short burst may count on and off
    }

    void flickerAboveEightKilohertzIsSeenOnlyAtFullBand()
    {
        // A steady low hum plus bursts of 12 kHz every 0.25 s: nothing of it below 8 kHz changes.
        const int rate = 48000;
        std::vector<float> x(static_cast<size_t>(4 * rate));
        for (size_t i = 0; i < x.size(); ++i) {
            const double t = static_cast<double>(i) / rate;
            const bool burst = std::fmod(t, 0.25) < 0.01 && t > 0.2;
            x[i] = static_cast<float>(0.2 * std::sin(2 * M_PI * 200 * t) + (burst ? 0.3 * std::sin(2 * M_PI * 12000 * t) : 0.0));
        }
        const double hf = dsp::RecordingDescriptors::highFrequencyAttackRate(x.data(), static_cast<int64_t>(x.size()), rate);
        QVERIFY2(hf >= 3.0, qPrintable(QString::number(hf)));
        std::vector<float> low(x.size() / 3);  // the same at 16 kHz (decimated after the bursts are gone: a 200 Hz hum)
        for (size_t i = 0; i < low.size(); ++i) low[i] = static_cast<float>(0.2 * std::sin(2 * M_PI * 200 * static_cast<double>(i) / 16000));
        const auto d = dsp::RecordingDescriptors::measure(low.data(), static_cast<int64_t>(low.size()), 16000);
        QVERIFY(d.attacksPerSecond <= 0.5);
        QVERIFY(hf > d.attacksPerSecond + 2.5);
        const dsp::RecordingDescriptors both{d.attacksPerSecond, d.unsteadinessDb, hf};
        QCOMPARE(both.attackRate(), hf);  // the worse of the two rates decides
    }
};

QTEST_GUILESS_MAIN(TstRecordingDescriptors)
#include "tst_recordingdescriptors.moc"
