// EBU R128 meter and normaliser (core/dsp LoudnessMeter, TruePeak, LoudnessNormalizer), checked against FFmpeg's
// independent ebur128 meter on the same files: the measurement agrees, and a normalised programme lands within
// ±0.5 LU of each preset with its true peak under the ceiling; the limiter acts only when the gain alone would pass the
// ceiling; silence is refused with a message, not divided by.
#include "core/dsp/LoudnessMeter.h"
#include "core/dsp/LoudnessNormalizer.h"
#include "core/media/WavFile.h"

#include "../media/MediaFixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace foley;

namespace {

constexpr int kRate = 48000;

// Deterministic white noise in [-1, 1].
struct Noise {
    quint32 state = 12345;
    float next()
    {
        state = state * 1664525u + 1013904223u;
        return static_cast<float>(state >> 8) / static_cast<float>(1 << 24) * 2.0f - 1.0f;
    }
};

// Faded in and out over 50 ms: an abrupt start or end is a step whose band-limited overshoot every true-peak meter
// (rightly) reports, which would hide the sine's own level.
std::vector<float> stereoSine(double hz, double amplitude, double seconds)
{
    const auto frames = static_cast<size_t>(seconds * kRate);
    const double fadeFrames = 0.05 * kRate;
    std::vector<float> x(frames * 2);
    for (size_t i = 0; i < frames; ++i) {
        const double fade = std::min(1.0, static_cast<double>(std::min(i, frames - 1 - i)) / fadeFrames);
        x[2 * i] = x[2 * i + 1] = static_cast<float>(fade * amplitude * std::sin(2 * M_PI * hz * static_cast<double>(i) / kRate));
    }
    return x;
}

// Noise bursts whose level rises and falls over seconds: a programme with a loudness range.
std::vector<float> swellingNoise(double seconds)
{
    Noise noise;
    std::vector<float> x(static_cast<size_t>(seconds * kRate) * 2);
    for (size_t i = 0; i < x.size() / 2; ++i) {
        const double t = static_cast<double>(i) / kRate;
        const double level = 0.02 + 0.1 * (0.5 + 0.5 * std::sin(2 * M_PI * t / 4.0));
        x[2 * i] = static_cast<float>(level * noise.next());
        x[2 * i + 1] = static_cast<float>(level * noise.next());
    }
    return x;
}

// Noise with sharp decaying clicks near full scale: a high crest factor, so a loud target needs the limiter. With a
// faint bed (0.01) the clicks are nearly all of the loudness, and no target above it is reachable without crushing them.
std::vector<float> clicks(double seconds, double bed = 0.1)
{
    Noise noise;
    std::vector<float> x(static_cast<size_t>(seconds * kRate) * 2);
    for (size_t i = 0; i < x.size() / 2; ++i) {
        const size_t sinceClick = i % (kRate / 2);
        const double decay = std::exp(-static_cast<double>(sinceClick) / (0.004 * kRate));
        const float v = static_cast<float>(bed * noise.next() + 0.9 * decay * noise.next());
        x[2 * i] = v;
        x[2 * i + 1] = v;
    }
    return x;
}

dsp::LoudnessMeasurement measure(const std::vector<float>& x)
{
    return dsp::measureLoudness(x.data(), x.size() / 2, 2, kRate);
}

}  // namespace

class TstLoudness : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    IndependentLoudness ffmpegMeasure(const std::vector<float>& x, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!media::writeWav(path.toStdString(), AudioBuffer(x, kRate, 2)).ok()) return {};
        MediaFixtures fixtures(m_dir.path());
        const IndependentLoudness result = fixtures.ebur128(path);
        if (!result.ok) qWarning() << fixtures.lastError();
        return result;
    }

private slots:
    void sineReadsItsLevel()
    {
        // BS.1770's calibration: a 1 kHz sine at A in both channels measures 20 log10(A) LUFS.
        const dsp::LoudnessMeasurement m = measure(stereoSine(1000.0, 0.1, 5.0));
        QVERIFY2(std::abs(m.integratedLufs - -20.0) < 0.05, qPrintable(QString::number(m.integratedLufs)));
        QVERIFY(std::abs(m.truePeakDbtp - -20.0) < 0.05);
        QVERIFY(std::abs(m.loudnessRangeLu) < 0.1);
    }

    void agreesWithFfmpeg_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("swelling noise") << 0;
        QTest::newRow("clicks") << 1;
        QTest::newRow("high sine (inter-sample peaks)") << 2;
    }

    void agreesWithFfmpeg()
    {
        QFETCH(int, signal);
        const std::vector<float> x = signal == 0 ? swellingNoise(12.0) : signal == 1 ? clicks(6.0) : stereoSine(11025.0 + 7.0, 0.5, 4.0);
        const dsp::LoudnessMeasurement ours = measure(x);
        const IndependentLoudness theirs = ffmpegMeasure(x, QStringLiteral("measure-%1.wav").arg(signal));
        QVERIFY(theirs.ok);
        qInfo("integrated %.2f (ffmpeg %.1f) LUFS, range %.2f (%.1f) LU, true peak %.2f (%.1f) dBTP", ours.integratedLufs,
              theirs.integratedLufs, ours.loudnessRangeLu, theirs.loudnessRangeLu, ours.truePeakDbtp, theirs.truePeakDbtp);
        QVERIFY(std::abs(ours.integratedLufs - theirs.integratedLufs) <= 0.2);
        // True peaks of white noise (content up to Nyquist) depend on the interpolation filter: BS.1770 fixes only
        // the 4x rate, and the two meters' filters differ by up to ~0.4 dB there; a sine reads alike.
        QVERIFY(std::abs(ours.truePeakDbtp - theirs.truePeakDbtp) <= (signal == 2 ? 0.1 : 0.5));
        QVERIFY(std::abs(ours.loudnessRangeLu - theirs.loudnessRangeLu) <= 1.0);
    }

    void normalisesToPresets_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<double>("targetLufs");
        QTest::addColumn<bool>("expectLimited");
        QTest::newRow("noise, broadcast") << 0 << -23.0 << false;
        QTest::newRow("noise, web") << 0 << -16.0 << false;
        QTest::newRow("noise, streaming") << 0 << -14.0 << false;
        QTest::newRow("clicks, broadcast") << 1 << -23.0 << false;
        QTest::newRow("clicks, streaming") << 1 << -14.0 << true;
    }

    void normalisesToPresets()
    {
        QFETCH(int, signal);
        QFETCH(double, targetLufs);
        QFETCH(bool, expectLimited);
        std::vector<float> x = signal == 0 ? swellingNoise(12.0) : clicks(6.0);
        const dsp::LoudnessTarget target{targetLufs, -1.0};
        const Result<dsp::LoudnessNormalization> done = dsp::normalizeLoudness(x, 2, kRate, target);
        QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
        QCOMPARE(done->limited, expectLimited);
        const IndependentLoudness check = ffmpegMeasure(x, QStringLiteral("normalised-%1.wav").arg(QTest::currentDataTag()).replace(' ', '_').replace(',', '_'));
        QVERIFY(check.ok);
        qInfo("target %.1f: ours %.2f LUFS / %.2f dBTP, ffmpeg %.1f LUFS / %.1f dBTP, limited %.3f s (max %.1f dB)", targetLufs,
              done->after.integratedLufs, done->after.truePeakDbtp, check.integratedLufs, check.truePeakDbtp, done->limitedSeconds,
              done->maxGainReductionDb);
        QVERIFY(std::abs(check.integratedLufs - targetLufs) <= 0.5);
        QVERIFY(check.truePeakDbtp <= target.truePeakCeilingDbtp);
        QVERIFY(done->after.truePeakDbtp <= target.truePeakCeilingDbtp);
        // The limiter touches the clicks only, not the programme between them.
        const double seconds = static_cast<double>(x.size() / 2) / kRate;
        QVERIFY(done->limitedSeconds < 0.2 * seconds);
    }

    void crushingIsRefused()
    {
        std::vector<float> x = clicks(6.0, 0.01);
        const std::vector<float> before = x;
        const Result<dsp::LoudnessNormalization> done = dsp::normalizeLoudness(x, 2, kRate, {-9.0, -1.0});
        QVERIFY(!done.ok());
        QVERIFY2(QString::fromStdString(done.error().message).contains("without crushing"), done.error().message.c_str());
        QVERIFY(x == before);
    }

    void silenceIsRefusedNotDividedBy()
    {
        std::vector<float> x(static_cast<size_t>(kRate) * 4, 0.0f);
        const std::vector<float> before = x;
        const Result<dsp::LoudnessNormalization> done = dsp::normalizeLoudness(x, 2, kRate, {-23.0, -1.0});
        QVERIFY(!done.ok());
        QVERIFY(QString::fromStdString(done.error().message).contains("cannot be reached"));
        QVERIFY(x == before);
        QVERIFY(!measure(x).hasIntegrated());
    }

    void absurdTargetsAreRefused()
    {
        std::vector<float> x = stereoSine(1000.0, 0.1, 2.0);
        QVERIFY(!dsp::normalizeLoudness(x, 2, kRate, {5.0, -1.0}).ok());
        QVERIFY(!dsp::normalizeLoudness(x, 2, kRate, {-23.0, 3.0}).ok());
        QVERIFY(!dsp::normalizeLoudness(x, 2, kRate, {std::nan(""), -1.0}).ok());
    }
};

QTEST_GUILESS_MAIN(TstLoudness)
#include "tst_loudness.moc"
