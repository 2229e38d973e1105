#include "core/dsp/MelFilterbank.h"
#include "core/dsp/MelSpectrogram.h"

#include <QtTest>

#include <cmath>

using foley::dsp::MelConfig;
using foley::dsp::MelSpectrogram;
using foley::dsp::SpectrogramScale;

namespace {

constexpr double kPi = 3.14159265358979323846;

std::vector<float> sine(double hz, float amplitude, int samples, int rate = 16000)
{
    std::vector<float> x(static_cast<size_t>(samples));
    for (int i = 0; i < samples; ++i) x[size_t(i)] = amplitude * float(std::sin(2 * kPi * hz * i / rate));
    return x;
}

int argmax(const float* values, int count)
{
    return int(std::max_element(values, values + count) - values);
}

}  // namespace

class TstMelSpectrogram : public QObject {
    Q_OBJECT

private slots:
    void sineLandsInTheRightBinAtTheRightLevel_data()
    {
        QTest::addColumn<int>("fftBin");
        QTest::addColumn<float>("amplitude");
        QTest::newRow("250 Hz") << 16 << 0.5f;
        QTest::newRow("1000 Hz") << 64 << 0.25f;
        QTest::newRow("3000 Hz") << 192 << 0.8f;
        QTest::newRow("6500 Hz") << 416 << 0.1f;
    }

    void sineLandsInTheRightBinAtTheRightLevel()
    {
        QFETCH(int, fftBin);
        QFETCH(float, amplitude);
        const MelConfig config;
        const double hz = fftBin * 16000.0 / 1024.0;
        const std::vector<float> x = sine(hz, amplitude, 32000);
        MelSpectrogram mel(config);
        const auto frames = mel.compute(x.data(), int64_t(x.size()), SpectrogramScale::Linear);
        QCOMPARE(frames.frameCount, int64_t(201));
        QCOMPARE(frames.melCount, 64);

        // Right bin: the filter whose triangle weights this frequency most.
        const foley::dsp::MelFilterbank& bank = mel.filterbank();
        int expectedMel = 0;
        for (int m = 1; m < bank.melCount(); ++m)
            if (bank.weight(m, fftBin) > bank.weight(expectedMel, fftBin)) expectedMel = m;
        const float* frame = frames.frame(100);
        QCOMPARE(argmax(frame, 64), expectedMel);

        // Right level: the Hann spectrum of a sine at a bin centre is A*N/4 at the bin and A*N/8 beside it.
        const double peak = amplitude * 1024 / 4.0;
        const double expected = peak * (bank.weight(expectedMel, fftBin) + 0.5 * bank.weight(expectedMel, fftBin - 1)
                                        + 0.5 * bank.weight(expectedMel, fftBin + 1));
        QVERIFY2(std::abs(frame[expectedMel] - expected) < 1e-3 * expected,
                 qPrintable(QString("%1 vs %2").arg(frame[expectedMel]).arg(expected)));

        // Log and dB scales are the documented functions of the linear value.
        const auto logFrames = mel.compute(x.data(), int64_t(x.size()));
        QVERIFY(std::abs(logFrames.at(100, expectedMel) - std::log(frame[expectedMel])) < 1e-4f);
        const auto db = mel.compute(x.data(), int64_t(x.size()), SpectrogramScale::Decibel);
        QVERIFY(std::abs(db.at(100, expectedMel) - 20 * std::log10(frame[expectedMel])) < 1e-3f);
        // Far bands sit at the floor: ln(1e-5).
        const int far = expectedMel > 32 ? 0 : 63;
        QVERIFY(logFrames.at(100, far) < -8.0f);
        QVERIFY(logFrames.at(100, far) >= float(std::log(1e-5)) - 1e-4f);
    }

    void silenceIsTheFloor()
    {
        std::vector<float> x(8000, 0.0f);
        MelSpectrogram mel;
        const auto frames = mel.compute(x.data(), int64_t(x.size()));
        for (float v : frames.values) QCOMPARE(v, float(std::log(1e-5)));
    }

    void chunksEqualOnePass()
    {
        std::vector<float> x = sine(440, 0.3f, 20000);
        for (size_t i = 0; i < x.size(); i += 1234) x[i] += 0.9f;  // clicks make every frame different
        MelSpectrogram mel;
        const auto whole = mel.compute(x.data(), int64_t(x.size()));
        std::vector<float> chunked(whole.values.size());
        const int64_t chunk = 17;
        for (int64_t first = 0; first < whole.frameCount; first += chunk) {
            const int64_t count = std::min(chunk, whole.frameCount - first);
            mel.computeFrames(x.data(), int64_t(x.size()), first, count, SpectrogramScale::NaturalLog,
                              chunked.data() + size_t(first) * 64);
        }
        QVERIFY(chunked == whole.values);
    }

    void audioBufferChecksRateAndChannels()
    {
        MelSpectrogram mel;
        const foley::AudioBuffer wrongRate(std::vector<float>(4800, 0.1f), 48000, 1);
        const auto a = mel.compute(wrongRate);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, foley::ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(a.error().message).contains("48000"));
        const foley::AudioBuffer stereo(std::vector<float>(3200, 0.1f), 16000, 2);
        QVERIFY(!mel.compute(stereo).ok());
        const foley::AudioBuffer good(sine(1000, 0.5f, 1600), 16000, 1);
        const auto b = mel.compute(good);
        QVERIFY(b.ok());
        QCOMPARE(b->frameCount, int64_t(11));
        const foley::AudioBuffer empty(std::vector<float>{}, 16000, 1);
        const auto c = mel.compute(empty);
        QVERIFY(c.ok());
        QCOMPARE(c->frameCount, int64_t(0));
    }

    void linearSpectrogramInDecibels()
    {
        const std::vector<float> x = sine(1000, 1.0f, 4000);
        MelSpectrogram mel;
        const auto spec = mel.linearSpectrogram(x.data(), int64_t(x.size()));
        QCOMPARE(spec.melCount, 513);
        QCOMPARE(spec.frameCount, int64_t(26));
        QVERIFY(std::abs(spec.at(12, 64) - 20 * std::log10(256.0f)) < 0.01f);
    }
};

QTEST_GUILESS_MAIN(TstMelSpectrogram)
#include "tst_melspectrogram.moc"
