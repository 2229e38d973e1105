// Detectors on real media files: rendered scenes encoded with ffmpeg (H.264) and read back through
// VideoFrameReader, audio written as WAV (16 and 48 kHz) and decoded through decodeAudio.
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/OnsetMetrics.h"
#include "core/dsp/VisualOnsetDetector.h"
#include "core/media/AudioDecoder.h"
#include "core/media/VideoFrameReader.h"
#include "core/media/WavFile.h"
#include "SceneRenderer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using foley::dsp::OnsetSecondsList;
using foley::testing::Ball;
using foley::testing::Scene;

namespace {

Scene dropScene()
{
    Scene scene;
    scene.width = 320;
    scene.height = 180;
    scene.background = foley::testing::makeTexture(320, 180, 17, 100, 50);
    Ball a;
    a.x0 = 80; a.vx = 16; a.y0 = 24; a.floorY = 148; a.radius = 12; a.gravity = 800; a.dropTime = 0.2; a.stopSpeed = 300;
    Ball b;
    b.x0 = 230; b.y0 = 40; b.floorY = 150; b.radius = 9; b.gravity = 900; b.dropTime = 1.3; b.bounce = 0.5;
    b.stopSpeed = 300; b.brightness = 30;
    scene.balls = {a, b};
    scene.squares = {foley::testing::Square{-30, 16, 50, 0, 26, 2}};
    return scene;
}

bool encode(const Scene& scene, int frames, const QString& path)
{
    QProcess ffmpeg;
    ffmpeg.start("ffmpeg", {"-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "gray", "-s",
                            QString("%1x%2").arg(scene.width).arg(scene.height), "-r", "25", "-i", "-", "-c:v", "libx264",
                            "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p", path});
    if (!ffmpeg.waitForStarted(10000)) return false;
    std::mt19937 rng(3);
    for (int i = 0; i < frames; ++i) {
        const auto frame = foley::testing::renderFrame(scene, i, rng);
        ffmpeg.write(reinterpret_cast<const char*>(frame.pixels.data()), qint64(frame.pixels.size()));
        ffmpeg.waitForBytesWritten(10000);
    }
    ffmpeg.closeWriteChannel();
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitStatus() == QProcess::NormalExit && ffmpeg.exitCode() == 0;
}

OnsetSecondsList truthOf(const Scene& scene)
{
    OnsetSecondsList truth;
    for (const Ball& ball : scene.balls)
        for (const auto& [t, speed] : ball.impacts()) truth.push_back({t, 1.0});
    return truth;
}

std::vector<float> clicks(int rate, const std::vector<double>& times)
{
    std::mt19937 rng(5);
    std::normal_distribution<float> noise(0.0f, 0.003f);
    std::vector<float> x(static_cast<size_t>(4 * rate));
    for (auto& v : x) v = noise(rng);
    for (double t : times) {
        const size_t start = size_t(std::llround(t * rate));
        for (size_t i = 0; i < size_t(rate / 400) && start + i < x.size(); ++i)
            x[start + i] += 0.6f * float(std::exp(-double(i) / (rate / 3000.0))) * (i % 2 ? -1.0f : 1.0f);
    }
    return x;
}

}  // namespace

class TstOnsetsMedia : public QObject {
    Q_OBJECT

private slots:
    void impactsInAnEncodedVideo()
    {
        QTemporaryDir dir;
        const Scene scene = dropScene();
        const QString path = dir.filePath("drops.mp4");
        QVERIFY2(encode(scene, 90, path), "ffmpeg could not encode the rendered scene");
        auto reader = foley::media::VideoFrameReader::open(path.toStdString(), {});
        QVERIFY2(reader.ok(), reader.ok() ? "" : reader.error().message.c_str());
        foley::dsp::VisualOnsetDetector detector;
        foley::VideoFrame frame;
        while (true) {
            auto next = (*reader)->next(frame);
            QVERIFY(next.ok());
            if (!*next) break;
            QVERIFY(detector.push(frame).ok());
        }
        QCOMPARE(detector.framesPushed(), int64_t(90));
        const auto result = detector.finish();
        foley::dsp::OnsetMetricsConfig oneFrame;
        oneFrame.tolerance = 0.04;
        const OnsetSecondsList truth = truthOf(scene);
        const auto scores = foley::dsp::OnsetMetrics(oneFrame).evaluate(result.onsets, truth);
        QString text;
        for (const auto& t : truth) text += QString(" %1").arg(t.seconds, 0, 'f', 3);
        text += " /";
        for (const auto& o : result.onsets) text += QString(" %1").arg(o.seconds, 0, 'f', 3);
        QVERIFY2(scores.f1 == 1.0, qPrintable(text));
    }

    void clicksInDecodedWavs_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("16 kHz") << 16000;
        QTest::newRow("48 kHz, resampled by the decoder") << 48000;
        QTest::newRow("44.1 kHz, resampled by the decoder") << 44100;
    }

    void clicksInDecodedWavs()
    {
        QFETCH(int, rate);
        QTemporaryDir dir;
        const std::vector<double> times = {0.31, 0.8, 1.27, 2.05, 2.5, 3.33};
        const std::string path = dir.filePath("clicks.wav").toStdString();
        QVERIFY(foley::media::writeWav(path, foley::AudioBuffer(clicks(rate, times), rate, 1), foley::media::WavSampleFormat::Int16).ok());
        foley::media::AudioDecodeOptions options;
        options.sampleRate = 16000;
        options.channels = 1;
        const auto audio = foley::media::decodeAudio(path, options);
        QVERIFY(audio.ok());
        const auto result = foley::dsp::AudioOnsetDetector().detect(*audio);
        QVERIFY(result.ok());
        QCOMPARE(result->onsets.size(), times.size());
        for (size_t i = 0; i < times.size(); ++i)
            QVERIFY2(std::abs(result->onsets[i].seconds - times[i]) <= 0.010,
                     qPrintable(QString("%1 vs %2").arg(result->onsets[i].seconds).arg(times[i])));
    }
};

QTEST_GUILESS_MAIN(TstOnsetsMedia)
#include "tst_onsetsmedia.moc"
