#include "MediaFixtures.h"

#include "core/media/VideoFrameReader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using foley::ErrorCode;
using foley::PixelFormat;
using foley::Rational;
using foley::VideoFrame;
using namespace foley::media;

namespace {

std::vector<VideoFrame> readAll(const QString& path, const VideoFrameOptions& options, QString* error = nullptr)
{
    std::vector<VideoFrame> frames;
    auto reader = VideoFrameReader::open(path.toStdString(), options);
    if (!reader) {
        if (error) *error = QString::fromStdString(reader.error().message);
        return frames;
    }
    VideoFrame frame;
    for (;;) {
        const auto got = (*reader)->next(frame);
        if (!got) {
            if (error) *error = QString::fromStdString(got.error().message);
            return frames;
        }
        if (!*got) return frames;
        frames.push_back(frame);
    }
}

}  // namespace

class TstVideoFrameReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryFrame();
    void scalesKeepingAspect();
    void convertsToRgbAndGray();
    void resamplesDownByNearestTimestamp();
    void resamplesUpByDuplicating();
    void resamplesToNtscRate();
    void startsAtRequestedTime();
    void readsMkvAndReportsRotation();
    void rejectsAudioOnly();
    void rejectsBadInput_data();
    void rejectsBadInput();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_media;
    QString m_mp4;
};

void TstVideoFrameReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_media = std::make_unique<MediaFixtures>(m_dir.path());
    m_mp4 = m_media->videoWithAudio("av.mp4");
    QVERIFY2(!m_mp4.isEmpty(), qPrintable(m_media->lastError()));
}

void TstVideoFrameReader::readsEveryFrame()
{
    auto reader = VideoFrameReader::open(m_mp4.toStdString());
    QVERIFY(reader.ok());
    QCOMPARE((*reader)->outputWidth(), 320);
    QCOMPARE((*reader)->outputHeight(), 240);
    QCOMPARE((*reader)->sourceFrameRate(), (Rational{25, 1}));
    QVERIFY(std::abs((*reader)->durationSeconds() - 3.0) < 1e-6);
    QString error;
    const auto frames = readAll(m_mp4, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(frames.size(), size_t(75));
    for (size_t i = 0; i < frames.size(); ++i) {
        QCOMPARE(frames[i].index, int64_t(i));
        QVERIFY(std::abs(frames[i].timeSeconds - double(i) / 25.0) < 1e-9);
        QCOMPARE(frames[i].width, 320);
        QCOMPARE(frames[i].format, PixelFormat::Gray8);
        QCOMPARE(frames[i].pixels.size(), size_t(320 * 240));
    }
    QVERIFY(frames[0].pixels != frames[40].pixels);  // testsrc moves
}

void TstVideoFrameReader::scalesKeepingAspect()
{
    VideoFrameOptions options;
    options.width = 64;
    const auto frames = readAll(m_mp4, options);
    QCOMPARE(frames.size(), size_t(75));
    QCOMPARE(frames[0].width, 64);
    QCOMPARE(frames[0].height, 48);
    QCOMPARE(frames[0].pixels.size(), size_t(64 * 48));
    options.width = 0;
    options.height = 60;
    options.format = PixelFormat::Rgb24;
    const auto rgb = readAll(m_mp4, options);
    QCOMPARE(rgb[0].width, 80);
    QCOMPARE(rgb[0].height, 60);
    QCOMPARE(rgb[0].pixels.size(), size_t(80 * 60 * 3));
}

void TstVideoFrameReader::convertsToRgbAndGray()
{
    const QString red = m_media->path("red.mp4");
    QVERIFY(m_media->ffmpeg({"-f", "lavfi", "-i", "color=c=red:size=64x48:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p", red}));
    VideoFrameOptions options;
    options.format = PixelFormat::Rgb24;
    const auto frames = readAll(red, options);
    QCOMPARE(frames.size(), size_t(25));
    const uint8_t* centre = frames[10].row(24) + 32 * 3;
    QVERIFY2(centre[0] > 235 && centre[1] < 20 && centre[2] < 20,
             qPrintable(QString("%1 %2 %3").arg(centre[0]).arg(centre[1]).arg(centre[2])));

    const QString white = m_media->path("white.mp4");
    QVERIFY(m_media->ffmpeg({"-f", "lavfi", "-i", "color=c=white:size=64x48:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p", white}));
    const auto gray = readAll(white, {});
    QCOMPARE(gray.size(), size_t(25));
    // Limited-range luma 235 is expanded to full-range white.
    QVERIFY2(gray[5].row(24)[32] >= 250, qPrintable(QString::number(gray[5].row(24)[32])));
}

void TstVideoFrameReader::resamplesDownByNearestTimestamp()
{
    const auto source = readAll(m_mp4, {});
    QCOMPARE(source.size(), size_t(75));
    VideoFrameOptions options;
    options.frameRate = Rational{10, 1};
    const auto frames = readAll(m_mp4, options);
    QCOMPARE(frames.size(), size_t(30));
    for (size_t i = 0; i < frames.size(); ++i) {
        QCOMPARE(frames[i].index, int64_t(i));
        QVERIFY(std::abs(frames[i].timeSeconds - double(i) / 10.0) < 1e-9);
        // Target i/10 s falls on source frame 2.5·i; halfway ties go to the later frame.
        const auto nearest = static_cast<size_t>(std::floor(double(i) * 2.5 + 0.5));
        QVERIFY2(frames[i].pixels == source[nearest].pixels, qPrintable(QString("frame %1 vs source %2").arg(i).arg(nearest)));
    }
}

void TstVideoFrameReader::resamplesUpByDuplicating()
{
    const auto source = readAll(m_mp4, {});
    VideoFrameOptions options;
    options.frameRate = Rational{50, 1};
    const auto frames = readAll(m_mp4, options);
    QCOMPARE(frames.size(), size_t(150));
    for (size_t i = 0; i < frames.size(); ++i) QVERIFY(frames[i].pixels == source[(i + 1) / 2 < 75 ? (i + 1) / 2 : 74].pixels);
}

void TstVideoFrameReader::resamplesToNtscRate()
{
    VideoFrameOptions options;
    options.frameRate = Rational{30000, 1001};
    options.width = 32;
    const auto frames = readAll(m_mp4, options);
    // Frames at k·1001/30000 s up to the end of the last source frame (3.0 s): ceil(3·29.97) = 90.
    QCOMPARE(frames.size(), size_t(90));
    QVERIFY(std::abs(frames.back().timeSeconds - 89.0 * 1001.0 / 30000.0) < 1e-9);
}

void TstVideoFrameReader::startsAtRequestedTime()
{
    VideoFrameOptions options;
    options.startSeconds = 1.0;
    const auto source = readAll(m_mp4, {});
    const auto frames = readAll(m_mp4, options);
    QCOMPARE(frames.size(), size_t(50));
    QVERIFY(std::abs(frames[0].timeSeconds - 1.0) < 1e-9);
    QVERIFY(frames[0].pixels == source[25].pixels);
    options.frameRate = Rational{5, 1};
    const auto sparse = readAll(m_mp4, options);
    QCOMPARE(sparse.size(), size_t(10));
    QVERIFY(sparse[1].pixels == source[30].pixels);
}

void TstVideoFrameReader::readsMkvAndReportsRotation()
{
    const QString mkv = m_media->path("av.mkv");
    QVERIFY(m_media->ffmpeg({"-i", m_mp4, "-c", "copy", mkv}));
    QCOMPARE(readAll(mkv, {}).size(), size_t(75));
    const QString rotated = m_media->path("rotated.mp4");
    QVERIFY(m_media->ffmpeg({"-i", m_mp4, "-c", "copy", "-metadata:s:v:0", "rotate=180", rotated}));
    auto reader = VideoFrameReader::open(rotated.toStdString());
    QVERIFY(reader.ok());
    QCOMPARE((*reader)->rotationDegrees(), 180);
}

void TstVideoFrameReader::rejectsAudioOnly()
{
    const QString wav = m_media->audioOnly("tone.wav", 1.0);
    auto reader = VideoFrameReader::open(wav.toStdString());
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().code, ErrorCode::MediaNoStream);
    QVERIFY(QString::fromStdString(reader.error().message).contains("tone.wav' has no video stream"));
}

void TstVideoFrameReader::rejectsBadInput_data()
{
    QTest::addColumn<QString>("file");
    for (const auto& [label, file] : m_media->badMediaFiles()) QTest::newRow(qPrintable(label)) << file;
}

void TstVideoFrameReader::rejectsBadInput()
{
    QFETCH(QString, file);
    QString error;
    readAll(file, {}, &error);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TstVideoFrameReader)
#include "tst_videoframereader.moc"
