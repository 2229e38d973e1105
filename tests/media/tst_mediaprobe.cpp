#include "MediaFixtures.h"

#include "core/media/MediaProbe.h"
#include "tests/support/ProcessMemory.h"

#include <QTemporaryDir>
#include <QtTest>

using foley::ErrorCode;
using foley::Rational;
using namespace foley::media;

class TstMediaProbe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void probesMp4();
    void probesWav();
    void probesMkv();
    void reportsRotation_data();
    void reportsRotation();
    void flagsAttachedPicture();
    void handlesNonAsciiPath();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsMissingFileAndFolder();
    void refusesALengthThatAsksForGigabytes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_media;
    QString m_mp4;
};

void TstMediaProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_media = std::make_unique<MediaFixtures>(m_dir.path());
    m_mp4 = m_media->videoWithAudio("av.mp4");
    QVERIFY2(!m_mp4.isEmpty(), qPrintable(m_media->lastError()));
}

void TstMediaProbe::probesMp4()
{
    const auto info = probeMedia(m_mp4.toStdString());
    QVERIFY2(info.ok(), info.ok() ? "" : info.error().message.c_str());
    QVERIFY(QString::fromStdString(info->formatName).contains("mp4"));
    QVERIFY(qAbs(info->durationSeconds - 3.0) < 0.05);
    QCOMPARE(info->sizeBytes, QFileInfo(m_mp4).size());
    QCOMPARE(info->streams.size(), size_t(2));

    const auto video = info->bestVideo();
    QVERIFY(video.has_value());
    QCOMPARE(video->codecName, std::string("h264"));
    QCOMPARE(video->type, StreamType::Video);
    QCOMPARE(video->width, 320);
    QCOMPARE(video->height, 240);
    QCOMPARE(video->frameRate.num, int64_t(25));
    QCOMPARE(video->frameRate.den, int64_t(1));
    QCOMPARE(video->frameCount, int64_t(75));
    QCOMPARE(video->rotationDegrees, 0);
    QCOMPARE(video->pixelFormat, std::string("yuv420p"));
    QVERIFY(!video->isAttachedPicture);
    QVERIFY(qAbs(video->durationSeconds - 3.0) < 1e-6);
    QVERIFY(qAbs(video->startSeconds) < 1e-6);

    const auto audio = info->bestAudio();
    QVERIFY(audio.has_value());
    QCOMPARE(audio->codecName, std::string("aac"));
    QCOMPARE(audio->sampleRate, 44100);
    QCOMPARE(audio->channels, 1);
    QVERIFY(qAbs(audio->durationSeconds - 3.0) < 0.03);
}

void TstMediaProbe::probesWav()
{
    const QString wav = m_media->sineWav("tone.wav", 2.0, 48000, 2);
    QVERIFY2(!wav.isEmpty(), qPrintable(m_media->lastError()));
    const auto info = probeMedia(wav.toStdString());
    QVERIFY(info.ok());
    QCOMPARE(info->formatName, std::string("wav"));
    QVERIFY(qAbs(info->durationSeconds - 2.0) < 1e-3);
    QCOMPARE(info->bestVideoIndex, -1);
    QVERIFY(!info->bestVideo().has_value());
    const auto audio = info->bestAudio();
    QVERIFY(audio.has_value());
    QCOMPARE(audio->codecName, std::string("pcm_s16le"));
    QCOMPARE(audio->sampleRate, 48000);
    QCOMPARE(audio->channels, 2);
}

void TstMediaProbe::probesMkv()
{
    const QString mkv = m_media->path("av.mkv");
    QVERIFY2(m_media->ffmpeg({"-i", m_mp4, "-c", "copy", mkv}), qPrintable(m_media->lastError()));
    const auto info = probeMedia(mkv.toStdString());
    QVERIFY(info.ok());
    QCOMPARE(info->formatName, std::string("matroska,webm"));
    const auto video = info->bestVideo();
    QVERIFY(video.has_value());
    QCOMPARE(video->codecName, std::string("h264"));
    QCOMPARE(video->frameRate, (Rational{25, 1}));
    // Matroska has no per-stream duration field; it comes from the DURATION tag.
    QVERIFY(qAbs(video->durationSeconds - 3.0) < 0.05);
    QVERIFY(info->bestAudio().has_value());
}

void TstMediaProbe::reportsRotation_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("rotate=90") << "90";
    QTest::newRow("rotate=270") << "270";
    QTest::newRow("rotate=180") << "180";
}

// Oracle: ffprobe's display-matrix angle (counterclockwise); we report the clockwise turn that makes the
// picture upright, the convention of ffmpeg's own autorotate (theta = -angle, normalised to 0..359).
void TstMediaProbe::reportsRotation()
{
    QFETCH(QString, tag);
    const QString rotated = m_media->path("rotated-" + tag + ".mp4");
    QVERIFY2(m_media->ffmpeg({"-i", m_mp4, "-c", "copy", "-metadata:s:v:0", "rotate=" + tag, rotated}), qPrintable(m_media->lastError()));
    QProcess ffprobe;
    ffprobe.start("ffprobe", {"-v", "error", "-select_streams", "v:0", "-show_entries", "stream_side_data=rotation", "-of",
                              "default=nw=1:nk=1", rotated});
    QVERIFY(ffprobe.waitForFinished(30000));
    bool ok = false;
    const int counterClockwise = QString::fromUtf8(ffprobe.readAllStandardOutput()).trimmed().toInt(&ok);
    QVERIFY(ok);
    const int expected = ((-counterClockwise % 360) + 360) % 360;
    QVERIFY(expected != 0);

    const auto info = probeMedia(rotated.toStdString());
    QVERIFY(info.ok());
    QCOMPARE(info->bestVideo()->rotationDegrees, expected);
    QCOMPARE(info->bestVideo()->width, 320);  // stored size; rotation is reported, not applied
}

void TstMediaProbe::flagsAttachedPicture()
{
    const QString cover = m_media->path("cover.png");
    QVERIFY(m_media->ffmpeg({"-f", "lavfi", "-i", "color=c=blue:size=64x64", "-frames:v", "1", cover}));
    const QString song = m_media->path("song.m4a");
    QVERIFY2(m_media->ffmpeg({"-f", "lavfi", "-i", "sine=duration=1", "-i", cover, "-map", "0", "-map", "1", "-c:a", "aac",
                              "-c:v", "png", "-disposition:v", "attached_pic", song}),
             qPrintable(m_media->lastError()));
    const auto info = probeMedia(song.toStdString());
    QVERIFY(info.ok());
    bool sawCover = false;
    for (const StreamInfo& stream : info->streams) sawCover = sawCover || (stream.type == StreamType::Video && stream.isAttachedPicture);
    QVERIFY(sawCover);
    QCOMPARE(info->bestVideoIndex, -1);  // cover art is never "the video"
    QVERIFY(info->bestAudio().has_value());
}

void TstMediaProbe::handlesNonAsciiPath()
{
    const QString odd = m_media->copy(m_mp4, QStringLiteral("клип ü 1.mp4"));
    QVERIFY(!odd.isEmpty());
    const std::string utf8 = odd.toUtf8().toStdString();
    const auto info = probeMedia(utf8);
    QVERIFY(info.ok());
    QCOMPARE(info->path, utf8);
    QCOMPARE(info->streams.size(), size_t(2));
}

void TstMediaProbe::rejectsBadInput_data()
{
    QTest::addColumn<QString>("file");
    for (const auto& [label, file] : m_media->badMediaFiles()) {
        QVERIFY2(!file.isEmpty(), qPrintable(m_media->lastError()));
        QTest::newRow(qPrintable(label)) << file;
    }
}

void TstMediaProbe::rejectsBadInput()
{
    QFETCH(QString, file);
    const auto info = probeMedia(file.toStdString());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::MediaOpenFailed);
    const QString message = QString::fromStdString(info.error().message);
    QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
    QVERIFY(!message.contains('\n'));
}

void TstMediaProbe::rejectsMissingFileAndFolder()
{
    const auto missing = probeMedia(m_media->path("nope.mp4").toStdString());
    QVERIFY(!missing.ok());
    QVERIFY(QString::fromStdString(missing.error().message).contains("does not exist"));
    const auto folder = probeMedia(m_dir.path().toStdString());
    QVERIFY(!folder.ok());
    QVERIFY(QString::fromStdString(folder.error().message).contains("folder"));
}

// 94 bytes of WAV whose LIST chunk claims 1.8 GB (found by fuzz_media_probe): FFmpeg allocated and cleared that much
// before noticing the file is too short (1.6 GB peak, 27 s under ASan). With FFmpeg's block limit
// (core/media/FfmpegSetup.h) it is refused like any damaged file without taking the memory.
void TstMediaProbe::refusesALengthThatAsksForGigabytes()
{
    const QByteArray bytes = QByteArray::fromBase64(
        "UklGRmYDAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAATElTVHN0Y29JTkZPE0kQAAAAAAAAAHYAAAAAAAAAADAwAGRhdGEgAwAAInc0Y8iiRaOK"
        "RFVSQVQAAA==");
    QCOMPARE(bytes.size(), 94);
    const double peakBefore = foley::testing::processStatusMegabytes("VmHWM:");
    QVERIFY(peakBefore > 0);
    const auto fromMemory = probeMediaBuffer(reinterpret_cast<const uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size()),
                                             "claims 1.8 GB.wav");
    QVERIFY(!fromMemory.ok());
    QCOMPARE(fromMemory.error().code, ErrorCode::MediaOpenFailed);
    QVERIFY2(fromMemory.error().message.find("damaged") != std::string::npos, fromMemory.error().message.c_str());
    const double peakAfter = foley::testing::processStatusMegabytes("VmHWM:");
    QVERIFY2(peakAfter < peakBefore + 512.0, qPrintable(QStringLiteral("peak RSS went from %1 to %2 MiB").arg(peakBefore).arg(peakAfter)));
}

QTEST_GUILESS_MAIN(TstMediaProbe)
#include "tst_mediaprobe.moc"
