#include "core/dsp/Stft.h"
#include "core/dsp/Window.h"

#include <QtTest>

#include <cmath>
#include <complex>
#include <random>

using foley::dsp::Stft;
using foley::dsp::StftConfig;

namespace {

constexpr double kPi = 3.14159265358979323846;

// Reference: pad explicitly (numpy reflect), window, and evaluate the DFT sum in double precision.
std::vector<std::complex<double>> directDft(const std::vector<float>& x, const StftConfig& config, int64_t frame)
{
    const int n = static_cast<int>(x.size());
    const int pad = config.center ? config.nFft / 2 : 0;
    std::vector<double> padded;
    for (int i = pad; i >= 1; --i) padded.push_back(x[size_t(i)]);          // x[pad] .. x[1]
    for (int i = 0; i < n; ++i) padded.push_back(x[size_t(i)]);
    for (int i = n - 2; i >= n - 1 - pad; --i) padded.push_back(x[size_t(i)]); // x[n-2] .. x[n-1-pad]
    const std::vector<float> hann = foley::dsp::hannWindow(config.winLength);
    const int offset = (config.nFft - config.winLength) / 2;
    std::vector<std::complex<double>> out(size_t(config.nFft / 2 + 1));
    const size_t start = size_t(frame * config.hop);
    for (int k = 0; k <= config.nFft / 2; ++k) {
        std::complex<double> sum = 0;
        for (int j = 0; j < config.winLength; ++j) {
            const double sample = padded[start + size_t(offset + j)] * double(hann[size_t(j)]);
            sum += sample * std::polar(1.0, -2.0 * kPi * double(k) * double(offset + j) / config.nFft);
        }
        out[size_t(k)] = sum;
    }
    return out;
}

std::vector<float> noise(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> x(static_cast<size_t>(n));
    for (auto& v : x) v = dist(rng);
    return x;
}

}  // namespace

class TstStft : public QObject {
    Q_OBJECT

private slots:
    void periodicHann()
    {
        const std::vector<float> w = foley::dsp::hannWindow(8);
        QCOMPARE(w.size(), size_t(8));
        QCOMPARE(w[0], 0.0f);
        QVERIFY(std::abs(w[4] - 1.0f) < 1e-7f);  // periodic: the peak is at N/2, not (N-1)/2
        QVERIFY(std::abs(w[2] - 0.5f) < 1e-7f);
        QVERIFY(std::abs(w[1] - w[7]) < 1e-7f);
    }

    void matchesDirectDft_data()
    {
        QTest::addColumn<int>("nFft");
        QTest::addColumn<int>("winLength");
        QTest::addColumn<int>("hop");
        QTest::addColumn<int>("samples");
        QTest::newRow("model 1024/160") << 1024 << 1024 << 160 << 4000;
        QTest::newRow("short window 512/400/100") << 512 << 400 << 100 << 2100;
        QTest::newRow("odd length 256/256/64") << 256 << 256 << 64 << 1001;
    }

    void matchesDirectDft()
    {
        QFETCH(int, nFft);
        QFETCH(int, winLength);
        QFETCH(int, hop);
        QFETCH(int, samples);
        const StftConfig config{nFft, winLength, hop, true};
        Stft stft(config);
        const std::vector<float> x = noise(samples, 7);
        const int64_t frames = stft.frameCount(samples);
        QCOMPARE(frames, int64_t(1 + samples / hop));
        std::vector<std::complex<float>> spectrum(size_t(stft.binCount()));
        // First frames (reflect-padded on the left), a middle one, and the last (padded on the right).
        for (int64_t frame : {int64_t(0), int64_t(1), frames / 2, frames - 1}) {
            stft.spectrum(x.data(), samples, frame, spectrum.data());
            const auto reference = directDft(x, config, frame);
            double maxError = 0, maxValue = 0;
            for (size_t k = 0; k < reference.size(); ++k) {
                maxError = std::max(maxError, std::abs(std::complex<double>(spectrum[k]) - reference[k]));
                maxValue = std::max(maxValue, std::abs(reference[k]));
            }
            QVERIFY2(maxError < 1e-5 * maxValue + 1e-4,
                     qPrintable(QString("frame %1: error %2 of %3").arg(frame).arg(maxError).arg(maxValue)));
        }
        // magnitude() is |spectrum()| and magnitudes() stacks them.
        const std::vector<float> all = stft.magnitudes(x.data(), samples);
        QCOMPARE(all.size(), size_t(frames) * size_t(stft.binCount()));
        stft.spectrum(x.data(), samples, 3, spectrum.data());
        for (int k = 0; k < stft.binCount(); ++k)
            QVERIFY(std::abs(all[size_t(3 * stft.binCount() + k)] - std::abs(spectrum[size_t(k)])) < 1e-4f);
    }

    void sineAtBinCentreHasTheHannPeak()
    {
        Stft stft(StftConfig{1024, 1024, 160, true});
        const int n = 16000;
        const int bin = 64;  // 1000 Hz at 16 kHz
        std::vector<float> x(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) x[size_t(i)] = 0.5f * float(std::sin(2 * kPi * bin * i / 1024.0));
        std::vector<float> mag(size_t(stft.binCount()));
        stft.magnitude(x.data(), n, 50, mag.data());
        // Periodic Hann sums to N/2, so a sine of amplitude A peaks at A*N/4 with half that in the neighbours.
        QVERIFY(std::abs(mag[size_t(bin)] - 0.5f * 256) < 0.01f);
        QVERIFY(std::abs(mag[size_t(bin - 1)] - 0.5f * 128) < 0.01f);
        QVERIFY(std::abs(mag[size_t(bin + 1)] - 0.5f * 128) < 0.01f);
        QVERIFY(mag[size_t(bin + 3)] < 0.01f);
    }

    void shortSignalsFoldTheReflection()
    {
        // Shorter than the padding: reflection folds back repeatedly, never reads out of bounds.
        Stft stft(StftConfig{1024, 1024, 160, true});
        const std::vector<float> x = {0.1f, -0.4f, 0.9f};
        QCOMPARE(stft.frameCount(3), int64_t(1));
        std::vector<float> mag(size_t(stft.binCount()));
        stft.magnitude(x.data(), 3, 0, mag.data());
        for (float v : mag) QVERIFY(std::isfinite(v));
        QCOMPARE(stft.frameCount(0), int64_t(0));
        const float one = 0.25f;
        stft.magnitude(&one, 1, 0, mag.data());
        // A constant signal: all energy at DC, 0.25 * sum(window) = 0.25 * 512.
        QVERIFY(std::abs(mag[0] - 128.0f) < 1e-3f);
    }
};

QTEST_GUILESS_MAIN(TstStft)
#include "tst_stft.moc"
