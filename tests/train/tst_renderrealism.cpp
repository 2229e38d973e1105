// The evaluation's realism measures react to the defects they exist for: a two-sample test cannot tell two sets of
// the same kind of scenes apart (~0.5) but tells muffled or silent takes from real ones (~1); the share of energy
// above 8 kHz is that of white noise at 48 kHz and nothing at 16 kHz.
#include "app/train/RenderRealism.h"
#include "core/dsp/Resampler.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace foley;
using namespace foley::app::train;

namespace {

// 4 s at `rate`: decaying noise bursts at random times (a stand-in for foley events).
AudioBuffer scene(unsigned seed, int rate, double lowPassHz = 0.0)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.3f);
    std::uniform_real_distribution<double> when(0.1, 3.5);
    std::vector<float> x(static_cast<size_t>(4 * rate), 0.0f);
    for (int e = 0; e < 5; ++e) {
        const auto at = static_cast<size_t>(when(rng) * rate);
        for (size_t i = 0; i < static_cast<size_t>(0.3 * rate) && at + i < x.size(); ++i)
            x[at + i] += n(rng) * static_cast<float>(std::exp(-static_cast<double>(i) / rate * 15.0));
    }
    if (lowPassHz > 0.0) {  // one-pole low-pass, run 4 times: a muffled render
        const double a = std::exp(-2.0 * M_PI * lowPassHz / rate);
        for (int pass = 0; pass < 4; ++pass) {
            double y = 0.0;
            for (float& v : x) v = static_cast<float>(y = (1.0 - a) * v + a * y);
        }
    }
    return AudioBuffer(std::move(x), rate, 1);
}

std::vector<std::vector<float>> features(unsigned firstSeed, int count, double lowPassHz = 0.0)
{
    std::vector<std::vector<float>> out;
    for (int k = 0; k < count; ++k) out.push_back(realismFeatures(scene(firstSeed + static_cast<unsigned>(k), 16000, lowPassHz)));
    return out;
}

}  // namespace

class TstRenderRealism : public QObject {
    Q_OBJECT

private slots:
    void twoSampleTestSeparatesOnlyWhatDiffers()
    {
        const auto real = features(1, 40), sameKind = features(1000, 40), muffled = features(2000, 40, 1000.0);
        const double same = twoSampleAccuracy(real, sameKind, 5, 7);
        QVERIFY2(same > 0.3 && same < 0.7, qPrintable(QString::number(same)));
        const double different = twoSampleAccuracy(real, muffled, 5, 7);
        QVERIFY2(different > 0.9, qPrintable(QString::number(different)));
        std::vector<std::vector<float>> silent;
        for (int k = 0; k < 40; ++k) silent.push_back(realismFeatures(AudioBuffer(std::vector<float>(64000, 0.0f), 16000, 1)));
        QVERIFY(twoSampleAccuracy(real, silent, 5, 7) > 0.9);
    }

    void highBandShareOfNoiseAndOfA16kHzRender()
    {
        std::mt19937 rng(3);
        std::normal_distribution<float> n(0.0f, 0.2f);
        std::vector<float> white(4 * 48000);
        for (float& v : white) v = n(rng);
        const AudioBuffer full(white, 48000, 1);
        QVERIFY2(std::abs(highBandShare(full) - 2.0 / 3.0) < 0.03, qPrintable(QString::number(highBandShare(full))));
        QCOMPARE(highBandShare(dsp::resampled(full, 16000)), 0.0);
        QVERIFY(highBandShare(dsp::resampled(dsp::resampled(full, 16000), 48000)) < 0.01);  // up-sampling adds no highs
    }
};

QTEST_GUILESS_MAIN(TstRenderRealism)
#include "tst_renderrealism.moc"
