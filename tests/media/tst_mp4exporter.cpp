#include "MediaFixtures.h"

#include "core/media/AudioDecoder.h"
#include "core/media/MediaProbe.h"
#include "core/media/Mp4Exporter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using foley::AudioBuffer;
using foley::RunControl;
using namespace foley::media;

namespace {

constexpr double kAacFrameSeconds = 1024.0 / 48000.0;

AudioBuffer sine(double seconds, int rate, int channels, double frequency, float amplitude)
{
    const auto frames = static_cast<size_t>(std::llround(seconds * rate));
    std::vector<float> samples(frames * size_t(channels));
    for (size_t i = 0; i < frames; ++i)
        for (int c = 0; c < channels; ++c)
            samples[i * size_t(channels) + size_t(c)] = amplitude * float(std::sin(2.0 * M_PI * frequency * double(i) / rate));
    return AudioBuffer(std::move(samples), rate, channels);
}

double rms(const AudioBuffer& audio, double from, double to, int channel = 0)
{
    const auto a = static_cast<size_t>(from * audio.sampleRate());
    const auto b = std::min(audio.frameCount(), static_cast<size_t>(to * audio.sampleRate()));
    double sum = 0;
    for (size_t i = a; i < b; ++i) sum += double(audio.at(i, channel)) * audio.at(i, channel);
    return b > a ? std::sqrt(sum / double(b - a)) : 0.0;
}

}  // namespace

class TstMp4Exporter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsStreamCopiedVideoAndAac_data();
    void exportsStreamCopiedVideoAndAac();
    void padsShortTakeWithSilence();
    void trimsLongTakeWithFade();
    void duplicatesMonoAtModelRate();
    void mixesOriginalAudio();
    void exportsSilentVideo();
    void keepsRotation();
    void handlesNonAsciiPaths();
    void reportsProgress();
    void shiftsTimestampsLikeFfmpegStreamCopy_data();
    void shiftsTimestampsLikeFfmpegStreamCopy();
    void mixesOriginalAudioFromTransportStream();
    void encodesLongTracksInParallelSegments_data();
    void encodesLongTracksInParallelSegments();
    void redoesPlanWhenVideoIsShorterThanDeclared();

private:
    // Exports and checks the contract every output must meet; returns the output's probe.
    void exportAndCheck(const QString& video, const AudioBuffer& take, const QString& out, double gain = 0,
                        MediaInfo* result = nullptr);
    void exportAndCheck(const ExportRequest& request, MediaInfo* result, ExportReport* reportOut);

    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_media;
    QString m_mp4;
};

void TstMp4Exporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_media = std::make_unique<MediaFixtures>(m_dir.path());
    m_mp4 = m_media->videoWithAudio("av.mp4");
    QVERIFY2(!m_mp4.isEmpty(), qPrintable(m_media->lastError()));
}

void TstMp4Exporter::exportAndCheck(const QString& video, const AudioBuffer& take, const QString& out, double gain, MediaInfo* result)
{
    ExportRequest request;
    request.videoPath = video.toStdString();
    request.audio = take;
    request.outputPath = out.toStdString();
    request.originalGain = gain;
    exportAndCheck(request, result, nullptr);
}

void TstMp4Exporter::exportAndCheck(const ExportRequest& request, MediaInfo* result, ExportReport* reportOut)
{
    const QString video = QString::fromStdString(request.videoPath);
    const QString out = QString::fromStdString(request.outputPath);
    const auto report = exportWithAudio(request);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
    const auto info = probeMedia(out.toStdString());
    QVERIFY2(info.ok(), info.ok() ? "" : info.error().message.c_str());
    const auto source = probeMedia(video.toStdString());
    // Exactly one video stream (the source's codec) and one AAC stream, 48 kHz stereo.
    int videos = 0, audios = 0;
    for (const StreamInfo& stream : info->streams) {
        videos += stream.type == StreamType::Video;
        audios += stream.type == StreamType::Audio;
    }
    QCOMPARE(videos, 1);
    QCOMPARE(audios, 1);
    QVERIFY(source.ok());
    const auto v = info->bestVideo();
    const auto a = info->bestAudio();
    QCOMPARE(v->codecName, source->bestVideo()->codecName);
    QCOMPARE(a->codecName, std::string("aac"));
    QCOMPARE(a->sampleRate, 48000);
    QCOMPARE(a->channels, 2);
    // The audio starts at 0 and ends with the video within one AAC frame (so when the video starts at 0,
    // as from MP4 sources, their durations agree; Matroska/MPEG-TS sources may start their video later).
    QVERIFY2(std::abs(a->startSeconds) < 1e-6, qPrintable(QString::number(a->startSeconds)));
    const double audioEnd = a->startSeconds + a->durationSeconds;
    const double videoEnd = v->startSeconds + v->durationSeconds;
    QVERIFY2(std::abs(audioEnd - videoEnd) <= kAacFrameSeconds, qPrintable(QString("audio ends at %1 s, video at %2 s").arg(audioEnd).arg(videoEnd)));
    if (std::abs(v->startSeconds) < 1e-6) QVERIFY(std::abs(a->durationSeconds - v->durationSeconds) <= kAacFrameSeconds);
    QVERIFY(std::abs(v->durationSeconds - source->bestVideo()->durationSeconds) < 1e-3);
    QVERIFY(std::abs(report->videoDurationSeconds - v->durationSeconds) < 1e-3);
    // Video packets are the source's, bit for bit (MPEG-TS carries H.264 as Annex B, which MP4 and
    // Matroska store length-prefixed, as ffmpeg does: see shiftsTimestampsLikeFfmpegStreamCopy).
    if (!video.endsWith(".ts")) {
        const QString sourceMd5 = m_media->videoPacketMd5(video);
        QVERIFY2(!sourceMd5.isEmpty(), qPrintable(m_media->lastError()));
        QCOMPARE(m_media->videoPacketMd5(out), sourceMd5);
    }
    if (source->bestVideo()->frameCount > 0) QCOMPARE(report->videoPackets, source->bestVideo()->frameCount);
    // Nothing but the output in its folder (no temp file left).
    const QFileInfo output(out);
    for (const QString& entry : output.dir().entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!entry.endsWith(".part"), qPrintable(entry));
    if (result) *result = *info;
    if (reportOut) *reportOut = *report;
}

void TstMp4Exporter::exportsStreamCopiedVideoAndAac_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("mp4") << "out.mp4";
    QTest::newRow("m4v") << "out.m4v";
    QTest::newRow("mov") << "out.mov";
    QTest::newRow("mkv") << "out.mkv";
    QTest::newRow("upper-case extension") << "OUT.MP4";
}

void TstMp4Exporter::exportsStreamCopiedVideoAndAac()
{
    QFETCH(QString, name);
    const QString out = m_media->path(name);
    MediaInfo info;
    exportAndCheck(m_mp4, sine(3.0, 48000, 1, 1000, 0.5f), out, 0, &info);
    if (QTest::currentTestFailed()) return;
    const bool isMkv = name.endsWith(".mkv");
    QCOMPARE(QString::fromStdString(info.formatName).contains(isMkv ? "matroska" : "mp4"), true);
    if (!isMkv) {
        // From an MP4 source both tracks start at 0 and have the same length.
        QVERIFY(std::abs(info.bestVideo()->startSeconds) < 1e-6);
        QVERIFY(std::abs(info.bestAudio()->durationSeconds - info.bestVideo()->durationSeconds) <= kAacFrameSeconds);
    }
    if (!isMkv) {
        // +faststart: the moov atom precedes mdat.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(4096);
        QVERIFY(head.contains("moov"));
    }
    const auto audio = decodeAudio(out.toStdString(), {48000, 2});
    QVERIFY(audio.ok());
    QVERIFY(std::abs(rms(*audio, 0.2, 2.8) - 0.5 / std::sqrt(2.0)) < 0.02);
}

void TstMp4Exporter::padsShortTakeWithSilence()
{
    const QString out = m_media->path("short-take.mp4");
    exportAndCheck(m_mp4, sine(1.0, 48000, 1, 1000, 0.5f), out);
    if (QTest::currentTestFailed()) return;
    const auto audio = decodeAudio(out.toStdString(), {48000, 1});
    QVERIFY(audio.ok());
    QVERIFY(rms(*audio, 0.1, 0.9) > 0.3);
    QVERIFY2(rms(*audio, 1.1, 2.95) < 1e-3, qPrintable(QString::number(rms(*audio, 1.1, 2.95))));
}

void TstMp4Exporter::trimsLongTakeWithFade()
{
    const QString out = m_media->path("long-take.mp4");
    exportAndCheck(m_mp4, sine(5.0, 48000, 1, 1000, 0.5f), out);
    if (QTest::currentTestFailed()) return;
    const auto audio = decodeAudio(out.toStdString(), {48000, 1});
    QVERIFY(audio.ok());
    QVERIFY(std::abs(audio->durationSeconds() - 3.0) <= kAacFrameSeconds);
    const double steady = rms(*audio, 2.80, 2.98);
    const double lastMs = rms(*audio, audio->durationSeconds() - 0.002, audio->durationSeconds());
    QVERIFY2(steady > 0.3, qPrintable(QString::number(steady)));
    QVERIFY2(lastMs < 0.3 * steady, qPrintable(QString("last 2 ms %1 vs %2").arg(lastMs).arg(steady)));
}

void TstMp4Exporter::duplicatesMonoAtModelRate()
{
    const QString out = m_media->path("model-rate.mp4");
    exportAndCheck(m_mp4, sine(3.0, 16000, 1, 500, 0.5f), out);
    if (QTest::currentTestFailed()) return;
    const auto audio = decodeAudio(out.toStdString(), {48000, 2});
    QVERIFY(audio.ok());
    const double left = rms(*audio, 0.2, 2.8, 0);
    const double right = rms(*audio, 0.2, 2.8, 1);
    QVERIFY2(std::abs(left - 0.5 / std::sqrt(2.0)) < 0.02, qPrintable(QString::number(left)));
    QVERIFY(std::abs(left - right) < 1e-3);
}

void TstMp4Exporter::mixesOriginalAudio()
{
    // A silent take plus the source's own 440 Hz sine (RMS 0.088) at gain 2 → RMS ≈ 0.177.
    const AudioBuffer silence(std::vector<float>(48000 * 3, 0.0f), 48000, 1);
    const QString mixed = m_media->path("mixed.mp4");
    exportAndCheck(m_mp4, silence, mixed, 2.0);
    if (QTest::currentTestFailed()) return;
    const auto audio = decodeAudio(mixed.toStdString(), {48000, 1});
    QVERIFY(audio.ok());
    const double level = rms(*audio, 0.2, 2.8);
    QVERIFY2(std::abs(level - 2.0 * 0.125 / std::sqrt(2.0)) < 0.01, qPrintable(QString::number(level)));

    const QString unmixed = m_media->path("unmixed.mp4");
    exportAndCheck(m_mp4, silence, unmixed, 0.0);
    const auto quiet = decodeAudio(unmixed.toStdString(), {48000, 1});
    QVERIFY(quiet.ok());
    QVERIFY(rms(*quiet, 0.2, 2.8) < 1e-4);
}

void TstMp4Exporter::exportsSilentVideo()
{
    const QString silent = m_media->videoOnly("silent.mp4", 2.0);
    QVERIFY(!silent.isEmpty());
    exportAndCheck(silent, sine(2.0, 48000, 2, 300, 0.25f), m_media->path("silent-scored.mp4"));
}

void TstMp4Exporter::keepsRotation()
{
    const QString rotated = m_media->path("rotated.mp4");
    QVERIFY(m_media->ffmpeg({"-i", m_mp4, "-c", "copy", "-metadata:s:v:0", "rotate=90", rotated}));
    MediaInfo info;
    exportAndCheck(rotated, sine(3.0, 48000, 1, 1000, 0.5f), m_media->path("rotated-out.mp4"), 0, &info);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(info.bestVideo()->rotationDegrees, probeMedia(rotated.toStdString())->bestVideo()->rotationDegrees);
    QVERIFY(info.bestVideo()->rotationDegrees != 0);
}

void TstMp4Exporter::handlesNonAsciiPaths()
{
    const QString odd = m_media->copy(m_mp4, QStringLiteral("клип ü 1.mp4"));
    QVERIFY(!odd.isEmpty());
    const QString out = m_media->path(QStringLiteral("выход ü 2.mov"));
    exportAndCheck(odd, sine(3.0, 48000, 1, 1000, 0.5f), out);
    QVERIFY(QFileInfo::exists(out));
}

void TstMp4Exporter::reportsProgress()
{
    QList<double> reported;
    RunControl control;
    control.progress = [&](double fraction) { reported.append(fraction); };
    ExportRequest request;
    request.videoPath = m_mp4.toStdString();
    request.audio = sine(3.0, 48000, 1, 1000, 0.5f);
    request.outputPath = m_media->path("progress.mp4").toStdString();
    const auto report = exportWithAudio(request, &control);
    QVERIFY(report.ok());
    QVERIFY(reported.size() > 10);
    QCOMPARE(reported.last(), 1.0);
    for (int i = 1; i < reported.size(); ++i) QVERIFY(reported[i] >= reported[i - 1]);
    QVERIFY(report->audioFrames > 100);
}

void TstMp4Exporter::shiftsTimestampsLikeFfmpegStreamCopy_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("extension");
    for (const QString source : {"mp4", "ts", "mkv"})
        for (const QString extension : {"mp4", "mkv"}) QTest::newRow(qPrintable(source + " to " + extension)) << source << extension;
}

// Oracle: `ffmpeg -i V -i A -map 0:v -map 1:a -c:v copy -c:a aac OUT`. Every video packet must come out
// with the same pts, dts, duration and flags (MPEG-TS starts late and its audio earlier than its video).
void TstMp4Exporter::shiftsTimestampsLikeFfmpegStreamCopy()
{
    QFETCH(QString, source);
    QFETCH(QString, extension);
    const QString input = m_media->path("stamp-source." + source);
    if (!QFileInfo::exists(input)) QVERIFY(m_media->ffmpeg({"-i", m_mp4, "-c", "copy", input}));
    const QString wav = m_media->sineWav("stamp-take.wav", 3.0, 48000, 2);
    const QString theirs = m_media->path("stamp-ffmpeg-" + source + "." + extension);
    QVERIFY(m_media->ffmpeg({"-i", input, "-i", wav, "-map", "0:v", "-map", "1:a", "-c:v", "copy", "-c:a", "aac", theirs}));
    const QString ours = m_media->path("stamp-ours-" + source + "." + extension);
    exportAndCheck(input, *decodeAudio(wav.toStdString(), {0, 0}), ours);
    if (QTest::currentTestFailed()) return;

    const auto packets = [](const QString& file) {
        QProcess ffprobe;
        ffprobe.start("ffprobe", {"-v", "error", "-select_streams", "v", "-show_entries", "packet=pts,dts,duration,flags", "-of", "csv", file});
        ffprobe.waitForFinished(60000);
        return QString::fromUtf8(ffprobe.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    };
    const QStringList expected = packets(theirs);
    QCOMPARE(expected.size(), 75);
    QCOMPARE(packets(ours), expected);
    QCOMPARE(m_media->videoPacketMd5(ours), m_media->videoPacketMd5(theirs));
}

void TstMp4Exporter::mixesOriginalAudioFromTransportStream()
{
    const QString ts = m_media->path("mix-source.ts");
    QVERIFY(m_media->ffmpeg({"-i", m_mp4, "-c", "copy", ts}));
    const AudioBuffer silence(std::vector<float>(48000 * 3, 0.0f), 48000, 1);
    const QString out = m_media->path("mix-from-ts.mp4");
    exportAndCheck(ts, silence, out, 1.0);
    if (QTest::currentTestFailed()) return;
    const auto audio = decodeAudio(out.toStdString(), {48000, 1});
    QVERIFY(audio.ok());
    QVERIFY(std::abs(rms(*audio, 0.2, 2.8) - 0.125 / std::sqrt(2.0)) < 0.005);
}

void TstMp4Exporter::encodesLongTracksInParallelSegments_data()
{
    QTest::addColumn<int>("takeRate");
    QTest::newRow("take at 48 kHz") << 48000;
    QTest::newRow("take at 16 kHz (resampled from mid-take)") << 16000;
    QTest::newRow("take at 44.1 kHz") << 44100;
}

// Segments encoded on separate threads must join seamlessly: the decoded track stays as close to the
// ideal sine everywhere as a single encoder's track (a misaligned or badly primed join would be off by
// up to the full amplitude).
void TstMp4Exporter::encodesLongTracksInParallelSegments()
{
    QFETCH(int, takeRate);
    const QString video = m_media->path("long.mp4");
    if (!QFileInfo::exists(video))
        QVERIFY(m_media->ffmpeg({"-f", "lavfi", "-i", "testsrc=duration=40:size=160x120:rate=25", "-c:v", "libx264", "-preset",
                                 "ultrafast", "-pix_fmt", "yuv420p", video}));
    double worstError[2] = {0, 0};
    for (int threads : {1, 3}) {
        ExportRequest request;
        request.videoPath = video.toStdString();
        request.audio = sine(40.0, takeRate, 1, 1000, 0.5f);
        request.outputPath = m_media->path(QString("long-%1-%2.mp4").arg(takeRate).arg(threads)).toStdString();
        request.encoderThreads = threads;
        ExportReport report;
        exportAndCheck(request, nullptr, &report);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(report.audioSegments, threads);
        const auto audio = decodeAudio(request.outputPath, {48000, 1});
        QVERIFY(audio.ok());
        QCOMPARE(static_cast<long long>(audio->frameCount()), 40LL * 48000);
        double& worst = worstError[threads == 1 ? 0 : 1];
        for (size_t i = 4800; i + 4800 < audio->frameCount(); ++i)
            worst = std::max(worst, std::abs(double(audio->at(i)) - 0.5 * std::sin(2.0 * M_PI * 1000.0 * double(i) / 48000)));
    }
    QVERIFY2(worstError[1] < worstError[0] + 0.005, qPrintable(QString("parallel %1, single %2").arg(worstError[1]).arg(worstError[0])));
    QVERIFY(worstError[1] < 0.05);
}

// A Matroska file cut short still declares its full duration: the parallel plan overshoots the real end,
// and the export is redone on one thread so the audio still ends exactly with the video.
void TstMp4Exporter::redoesPlanWhenVideoIsShorterThanDeclared()
{
    const QString whole = m_media->path("long-whole.mkv");
    QVERIFY(m_media->ffmpeg({"-f", "lavfi", "-i", "testsrc=duration=40:size=160x120:rate=25", "-c:v", "libx264", "-preset",
                             "ultrafast", "-pix_fmt", "yuv420p", whole}));
    QFile file(whole);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString cut = m_media->writeBytes("long-cut.mkv", file.read(file.size() / 2));
    const auto declared = probeMedia(cut.toStdString());
    QVERIFY(declared.ok());
    QVERIFY(declared->durationSeconds > 39.0);

    ExportRequest request;
    request.videoPath = cut.toStdString();
    request.audio = sine(40.0, 48000, 1, 1000, 0.5f);
    request.outputPath = m_media->path("from-cut.mp4").toStdString();
    request.encoderThreads = 2;
    const auto report = exportWithAudio(request);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
    QCOMPARE(report->audioSegments, 1);
    QVERIFY(report->videoDurationSeconds < 30.0);
    const auto info = probeMedia(request.outputPath);
    QVERIFY(info.ok());
    QVERIFY(std::abs(info->bestAudio()->durationSeconds - info->bestVideo()->durationSeconds) <= kAacFrameSeconds);
}

QTEST_GUILESS_MAIN(TstMp4Exporter)
#include "tst_mp4exporter.moc"
