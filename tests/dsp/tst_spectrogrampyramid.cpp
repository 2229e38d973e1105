#include "core/dsp/SpectrogramPyramid.h"

#include <QtTest>

#include <cmath>
#include <random>

using foley::dsp::MelConfig;
using foley::dsp::MelSpectrogram;
using foley::dsp::SpectrogramPyramid;
using foley::dsp::SpectrogramPyramidOptions;
using foley::dsp::SpectrogramScale;

namespace {

std::vector<float> noiseWithClick(int samples, int clickAt)
{
    std::mt19937 rng(3);
    std::normal_distribution<float> dist(0.0f, 0.01f);
    std::vector<float> x(static_cast<size_t>(samples));
    for (auto& v : x) v = dist(rng);
    for (int i = 0; i < 40; ++i) x[size_t(clickAt + i)] += 0.9f * float(std::exp(-i / 8.0));
    return x;
}

}  // namespace

class TstSpectrogramPyramid : public QObject {
    Q_OBJECT

private slots:
    void levelsAreConsistent()
    {
        const std::vector<float> x = noiseWithClick(16000 * 7 + 333, 16000 * 5);
        SpectrogramPyramidOptions options;
        options.chunkFrames = 100;
        options.minTopFrames = 4;
        const auto built = SpectrogramPyramid::build(x.data(), int64_t(x.size()), MelConfig{}, options);
        QVERIFY(built.ok());
        const SpectrogramPyramid& pyramid = *built;
        QCOMPARE(pyramid.frameCount(0), int64_t(1 + x.size() / 160));

        // Level 0 is exactly the mel spectrogram (the chunking changes nothing).
        MelSpectrogram mel;
        const auto whole = mel.compute(x.data(), int64_t(x.size()), SpectrogramScale::Decibel);
        QVERIFY(pyramid.levelValues(0) == whole.values);

        for (int level = 1; level < pyramid.levelCount(); ++level) {
            const int64_t below = pyramid.frameCount(level - 1);
            QCOMPARE(pyramid.frameCount(level), (below + 1) / 2);
            const auto up = pyramid.query(level, 0, pyramid.frameCount(level));
            const auto down = pyramid.query(level - 1, 0, below);
            for (int64_t j = 0; j < up.frameCount; ++j)
                for (int m = 0; m < 64; ++m) {
                    const float a = down.at(2 * j, m);
                    const float b = 2 * j + 1 < below ? down.at(2 * j + 1, m) : a;
                    QCOMPARE(up.at(j, m), std::max(a, b));
                }
            QCOMPARE(pyramid.framesPerFrame(level), int64_t(1) << level);
        }
        QVERIFY(pyramid.frameCount(pyramid.levelCount() - 1) <= 4);
        QVERIFY(pyramid.frameCount(pyramid.levelCount() - 2) > 4);

        // The click (5 s = level-0 frame 500) stays visible at every level: its frame is the loudest in band 40.
        for (int level = 0; level < pyramid.levelCount() - 2; ++level) {
            const auto slice = pyramid.query(level, 0, pyramid.frameCount(level));
            int64_t loudest = 0;
            for (int64_t j = 1; j < slice.frameCount; ++j)
                if (slice.at(j, 40) > slice.at(loudest, 40)) loudest = j;
            QVERIFY2(std::abs(double(loudest) - 500.0 / double(1 << level)) <= 1.0,
                     qPrintable(QString("level %1: frame %2").arg(level).arg(loudest)));
        }
    }

    void levelForAndQueryClamp()
    {
        const std::vector<float> x(16000 * 60, 0.0f);
        const auto pyramid = SpectrogramPyramid::build(x.data(), int64_t(x.size()));
        QVERIFY(pyramid.ok());
        QCOMPARE(pyramid->frameCount(0), int64_t(6001));
        QCOMPARE(pyramid->levelFor(0.25), 0);
        QCOMPARE(pyramid->levelFor(1.0), 0);
        QCOMPARE(pyramid->levelFor(1.9), 0);
        QCOMPARE(pyramid->levelFor(2.0), 1);
        QCOMPARE(pyramid->levelFor(7.5), 2);
        QCOMPARE(pyramid->levelFor(1e9), pyramid->levelCount() - 1);
        QCOMPARE(pyramid->framesPerSecond(2), 25.0);

        auto slice = pyramid->query(1, 2990, 100);
        QCOMPARE(slice.firstFrame, int64_t(2990));
        QCOMPARE(slice.frameCount, int64_t(11));  // level 1 has 3001 frames
        slice = pyramid->query(1, -5, 10);
        QCOMPARE(slice.firstFrame, int64_t(0));
        QCOMPARE(slice.frameCount, int64_t(5));
        slice = pyramid->query(0, 7000, 10);
        QCOMPARE(slice.frameCount, int64_t(0));
        QVERIFY(slice.values == nullptr);
        slice = pyramid->query(99, 0, 10);
        QCOMPARE(slice.frameCount, int64_t(0));
    }

    void progressAndCancel()
    {
        const std::vector<float> x(16000 * 30, 0.01f);
        foley::RunControl control;
        std::vector<double> reports;
        control.progress = [&](double f) { reports.push_back(f); };
        SpectrogramPyramidOptions options;
        options.chunkFrames = 500;
        const auto done = SpectrogramPyramid::build(x.data(), int64_t(x.size()), MelConfig{}, options, &control);
        QVERIFY(done.ok());
        QVERIFY(reports.size() >= 6);
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QCOMPARE(reports.back(), 1.0);

        foley::RunControl cancelling;
        int calls = 0;
        cancelling.progress = [&](double) { if (++calls == 2) cancelling.cancel(); };
        const auto cancelled = SpectrogramPyramid::build(x.data(), int64_t(x.size()), MelConfig{}, options, &cancelling);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().isCancelled());
        QCOMPARE(calls, 2);  // stopped at the next chunk
    }

    void linearBandsPutASineInItsBandAtTheMelLevel()
    {
        // 1 kHz at 16 kHz: linear band 1000 / 62.5 = 16 of 128; white noise sits at about the same dB in both scales.
        std::vector<float> x(16000);
        for (size_t i = 0; i < x.size(); ++i) x[i] = 0.5f * float(std::sin(2.0 * M_PI * 1000.0 * double(i) / 16000.0));
        SpectrogramPyramidOptions linear;
        linear.frequency = foley::dsp::FrequencyScale::Linear;
        const auto pyramid = SpectrogramPyramid::build(x.data(), int64_t(x.size()), MelConfig{}, linear);
        QVERIFY(pyramid.ok());
        QCOMPARE(pyramid->binCount(), 128);
        QCOMPARE(pyramid->frequencyScale(), foley::dsp::FrequencyScale::Linear);
        QCOMPARE(pyramid->frameCount(0), int64_t(101));
        QVERIFY(pyramid->levelCount() == 1);
        const auto frame = pyramid->query(0, 50, 1);
        int loudest = 0;
        for (int b = 1; b < frame.melCount; ++b)
            if (frame.at(0, b) > frame.at(0, loudest)) loudest = b;
        QCOMPARE(loudest, 16);

        const auto noise = noiseWithClick(48000, 47000);
        const auto mel = SpectrogramPyramid::build(noise.data(), 40000);
        const auto lin = SpectrogramPyramid::build(noise.data(), 40000, MelConfig{}, linear);
        QVERIFY(mel.ok() && lin.ok());
        auto meanDb = [](const SpectrogramPyramid& p, int fromBin, int toBin) {
            const auto all = p.query(0, 10, 200);
            double sum = 0;
            for (int f = 0; f < all.frameCount; ++f)
                for (int b = fromBin; b < toBin; ++b) sum += all.at(f, b);
            return sum / double(all.frameCount * (toBin - fromBin));
        };
        QVERIFY(std::abs(meanDb(*mel, 32, 64) - meanDb(*lin, 32, 128)) < 6.0);  // same dB range suits both
    }

    void rejectsWrongAudio()
    {
        const foley::AudioBuffer stereo(std::vector<float>(32000, 0.0f), 16000, 2);
        const auto result = SpectrogramPyramid::build(stereo);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, foley::ErrorCode::InvalidArgument);
        MelConfig bad;
        bad.hop = 0;
        const std::vector<float> x(1000, 0.0f);
        QVERIFY(!SpectrogramPyramid::build(x.data(), 1000, bad).ok());
        const auto empty = SpectrogramPyramid::build(x.data(), 0);
        QVERIFY(empty.ok());
        QCOMPARE(empty->frameCount(0), int64_t(0));
        QCOMPARE(empty->levelCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSpectrogramPyramid)
#include "tst_spectrogrampyramid.moc"
