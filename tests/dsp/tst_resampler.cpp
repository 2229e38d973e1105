// Resampler: rate conversion keeps a tone's pitch, level and timing; highs above the new Nyquist frequency vanish
// instead of folding back; varispeed moves pitch by the ratio; channels stay apart.
#include "core/dsp/Resampler.h"

#include <QtTest>

#include <cmath>

using namespace foley;

namespace {

std::vector<float> sine(double hz, int rate, double seconds, double amplitude = 0.5)
{
    std::vector<float> x(static_cast<size_t>(seconds * rate));
    for (size_t i = 0; i < x.size(); ++i) x[i] = static_cast<float>(amplitude * std::sin(2 * M_PI * hz * static_cast<double>(i) / rate));
    return x;
}

double rms(const std::vector<float>& x, size_t from, size_t to)
{
    double sum = 0.0;
    for (size_t i = from; i < to; ++i) sum += static_cast<double>(x[i]) * x[i];
    return std::sqrt(sum / static_cast<double>(to - from));
}

double zeroCrossingHz(const std::vector<float>& x, int rate)
{
    int crossings = 0;
    double first = -1, last = -1;
    for (size_t i = x.size() / 4 + 1; i < 3 * x.size() / 4; ++i)
        if (x[i - 1] < 0.0f && x[i] >= 0.0f) {
            const double t = static_cast<double>(i - 1) + x[i - 1] / (x[i - 1] - x[i]);
            if (first < 0) first = t;
            last = t;
            ++crossings;
        }
    return (crossings - 1) * rate / (last - first);
}

}  // namespace

class TstResampler : public QObject {
    Q_OBJECT

private slots:
    void downAndUpKeepPitchAndLevel()
    {
        const AudioBuffer tone(sine(1000.0, 48000, 1.0), 48000, 1);
        const AudioBuffer down = dsp::resampled(tone, 16000);
        QCOMPARE(down.sampleRate(), 16000);
        QCOMPARE(down.frameCount(), size_t{16000});
        QVERIFY(std::abs(zeroCrossingHz(down.samples(), 16000) - 1000.0) < 0.5);
        QVERIFY(std::abs(rms(down.samples(), 2000, 14000) / (0.5 / std::sqrt(2.0)) - 1.0) < 0.01);
        const AudioBuffer up = dsp::resampled(down, 44100);
        QCOMPARE(up.frameCount(), size_t{44100});
        QVERIFY(std::abs(zeroCrossingHz(up.samples(), 44100) - 1000.0) < 0.5);
        // Timing: a click stays where it was (within one output sample).
        std::vector<float> click(48000, 0.0f);
        click[24000] = 1.0f;
        const AudioBuffer clicked = dsp::resampled(AudioBuffer(click, 48000, 1), 16000);
        size_t at = 0;
        for (size_t i = 0; i < clicked.frameCount(); ++i)
            if (std::abs(clicked.at(i)) > std::abs(clicked.at(at))) at = i;
        QCOMPARE(at, size_t{8000});
    }

    void highsAboveTheNewNyquistVanish()
    {
        // 20 kHz at 48 kHz brought to 16 kHz would alias to 4 kHz without the low-pass.
        const AudioBuffer high(sine(20000.0, 48000, 1.0), 48000, 1);
        const AudioBuffer down = dsp::resampled(high, 16000);
        QVERIFY(20.0 * std::log10(rms(down.samples(), 1000, 15000) / (0.5 / std::sqrt(2.0))) < -60.0);
        // Varispeed up two semitones: 23 kHz at 48 kHz would play at 25.8 kHz and fold back to 22.2 kHz.
        const dsp::Resampler faster(std::pow(2.0, -2.0 / 12.0));
        const std::vector<float> sped = faster.process(sine(23000.0, 48000, 1.0).data(), 48000, 1);
        QVERIFY(20.0 * std::log10(rms(sped, 2000, sped.size() - 2000) / (0.5 / std::sqrt(2.0))) < -40.0);
    }

    void varispeedMovesPitchByTheRatio()
    {
        for (const double semitones : {-2.0, -0.5, 1.3, 2.0}) {
            const dsp::Resampler varispeed(std::pow(2.0, -semitones / 12.0));
            const std::vector<float> out = varispeed.process(sine(440.0, 48000, 1.0).data(), 48000, 1);
            QCOMPARE(out.size(), varispeed.outputFrames(48000));
            const double expected = 440.0 * std::pow(2.0, semitones / 12.0);
            QVERIFY2(std::abs(zeroCrossingHz(out, 48000) / expected - 1.0) < 1e-3, qPrintable(QString::number(semitones)));
        }
    }

    void channelsStayApart()
    {
        std::vector<float> stereo;
        const std::vector<float> left = sine(500.0, 48000, 0.5), right = sine(3000.0, 48000, 0.5, 0.25);
        for (size_t i = 0; i < left.size(); ++i) stereo.insert(stereo.end(), {left[i], right[i]});
        const AudioBuffer out = dsp::resampled(AudioBuffer(stereo, 48000, 2), 22050);
        QCOMPARE(out.channels(), 2);
        std::vector<float> l, r;
        for (size_t i = 0; i < out.frameCount(); ++i) {
            l.push_back(out.at(i, 0));
            r.push_back(out.at(i, 1));
        }
        QVERIFY(std::abs(zeroCrossingHz(l, 22050) - 500.0) < 0.5);
        QVERIFY(std::abs(zeroCrossingHz(r, 22050) - 3000.0) < 1.0);
    }
};

QTEST_GUILESS_MAIN(TstResampler)
#include "tst_resampler.moc"
