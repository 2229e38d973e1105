#include "core/dsp/TemporalCondition.h"

#include <QtTest>

#include <cmath>

using foley::dsp::SampledCurve;
using foley::dsp::TemporalCondition;
using foley::dsp::TemporalConditionConfig;

class TstTemporalCondition : public QObject {
    Q_OBJECT

private slots:
    void frameCountMatchesMelFrames()
    {
        const TemporalCondition condition;
        QCOMPARE(condition.frameCountFor(2.0), int64_t(201));   // 32000 samples / hop 160 → 1 + 200
        QCOMPARE(condition.frameCountFor(0.0), int64_t(1));
        QCOMPARE(condition.frameCountFor(0.999), int64_t(100));
        QCOMPARE(condition.frameCountFor(-1), int64_t(0));
    }

    void decayingBumpPeaksAtTheOnsetFrame()
    {
        const TemporalCondition condition;  // decaying, half-life 30 ms = 3 frames at 100 Hz
        const auto curve = condition.build({{0.503, 0.8}}, SampledCurve{}, 200);
        QCOMPARE(curve.size(), size_t(200));
        QCOMPARE(curve[50], 0.8f);                       // nearest frame to 0.503 s carries the full strength
        QVERIFY(std::abs(curve[53] - 0.4f) < 1e-6f);     // half after the half-life
        QVERIFY(std::abs(curve[56] - 0.2f) < 1e-6f);
        QVERIFY(std::abs(curve[49] - 0.4f) < 1e-6f);     // one-frame ramp before the attack
        QCOMPARE(curve[48], 0.0f);
        for (size_t k = 51; k < 120; ++k) QVERIFY(curve[k] <= curve[k - 1]);
        QCOMPARE(curve[150], 0.0f);
        QCOMPARE(*std::max_element(curve.begin(), curve.end()), 0.8f);
        // Sample times (48 kHz project time) land on the same frame: 0.503 s = 24144 samples.
        const auto fromSamples = condition.build({foley::dsp::OnsetEvent::atSample(24144, 0.8)}, SampledCurve{}, 200);
        QVERIFY(fromSamples == curve);
    }

    void gaussianBumpIsSymmetricWithTheRequestedWidth()
    {
        TemporalConditionConfig config;
        config.kernel = TemporalConditionConfig::Kernel::Gaussian;
        config.widthSeconds = 0.04;  // FWHM 4 frames: half height 2 frames from the peak
        const TemporalCondition condition(config);
        const auto curve = condition.onsetCurve({{1.0, 0.6}}, 300);
        QCOMPARE(curve[100], 0.6f);
        QVERIFY(std::abs(curve[102] - 0.3f) < 1e-6f);
        QVERIFY(std::abs(curve[98] - 0.3f) < 1e-6f);
        for (int d = 1; d < 10; ++d) QCOMPARE(curve[size_t(100 + d)], curve[size_t(100 - d)]);
    }

    void maskFramesCoverTheirWholeSpan()
    {
        const TemporalCondition condition;
        const SampledCurve mask{25.0, {0.0f, 1.0f, 0.5f}};  // [0, 40), [40, 80), [80, 120) ms
        const auto curve = condition.resampleMask(mask, 20);  // 10 ms frames
        for (int k : {0, 1, 2, 3}) QCOMPARE(curve[size_t(k)], 0.0f);
        for (int k : {4, 5, 6, 7}) QCOMPARE(curve[size_t(k)], 1.0f);
        for (int k : {8, 9, 10, 11}) QCOMPARE(curve[size_t(k)], 0.5f);
        QCOMPARE(curve[19], 0.5f);  // held after the end
        QCOMPARE(condition.resampleMask(SampledCurve{25.0, {}}, 5), std::vector<float>(5, 0.0f));
    }

    void combinesWithMaxAndClamps()
    {
        const TemporalCondition condition;
        const SampledCurve mask{10.0, {0.5f, 0.5f, 1.5f, 1.5f}};
        const auto curve = condition.build({{0.05, 0.3}, {0.9, 1.7}, {-3.0, 1.0}, {99.0, 1.0}}, mask, 100);
        QCOMPARE(curve[5], 0.5f);                  // onset 0.3 under a 0.5 mask
        QCOMPARE(curve[30], 1.0f);                 // mask 1.5 clamped
        QCOMPARE(curve[90], 1.0f);                 // strength 1.7 clamped (and the mask is held at 1.5 → 1)
        for (float v : curve) QVERIFY(v >= 0.0f && v <= 1.0f);
        // Overlapping onsets take the max, not the sum.
        const auto twin = condition.onsetCurve({{0.5, 0.6}, {0.51, 0.6}}, 100);
        QVERIFY(*std::max_element(twin.begin(), twin.end()) <= 0.6f);
    }
};

QTEST_GUILESS_MAIN(TstTemporalCondition)
#include "tst_temporalcondition.moc"
