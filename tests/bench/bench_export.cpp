// Export benchmark: a 10-minute 1080p H.264 video + a 10-minute 48 kHz stereo WAV, exported by
// foley::media::exportWithAudio and by the ffmpeg CLI in the same run:
//   ffmpeg -i v.mp4 -i a.wav -map 0:v -map 1:a -c:v copy -c:a aac out.mp4
// Usage: bench_export [CACHE_DIR] [ROUNDS]   (media is generated once into CACHE_DIR and reused)

#include "core/media/AudioDecoder.h"
#include "core/media/MediaProbe.h"
#include "core/media/Mp4Exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

constexpr int kMinutes = 10;

bool runFfmpeg(const QStringList& args)
{
    QProcess process;
    process.start("ffmpeg", QStringList{"-hide_banner", "-nostdin", "-loglevel", "error", "-y"} + args);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "ffmpeg %s failed: %s\n", qPrintable(args.join(' ')), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

// 10 s of 1080p testsrc2 encoded once, then looped by stream copy: a real 10-minute H.264 file in seconds.
bool makeMedia(const QDir& cache, const QString& video, const QString& audio)
{
    if (!QFileInfo::exists(video)) {
        std::printf("generating %s ...\n", qPrintable(video));
        const QString segment = cache.filePath("segment.mp4");
        if (!runFfmpeg({"-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=25:duration=10", "-c:v", "libx264", "-preset", "ultrafast",
                        "-b:v", "4M", "-pix_fmt", "yuv420p", segment}))
            return false;
        if (!runFfmpeg({"-stream_loop", QString::number(kMinutes * 6 - 1), "-i", segment, "-c", "copy", video})) return false;
    }
    if (!QFileInfo::exists(audio)) {
        std::printf("generating %s ...\n", qPrintable(audio));
        if (!runFfmpeg({"-f", "lavfi", "-i", QString("sine=frequency=440:sample_rate=48000:duration=%1").arg(kMinutes * 60), "-ac", "2",
                        "-c:a", "pcm_s16le", audio}))
            return false;
    }
    return true;
}

// CPU seconds (user + system) used so far by this process or by its finished children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing {
    double wall = -1;
    double cpu = -1;
};

Timing timeFfmpeg(const QString& video, const QString& audio, const QString& out, const QStringList& extra = {})
{
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    if (!runFfmpeg(QStringList{"-i", video, "-i", audio, "-map", "0:v", "-map", "1:a", "-c:v", "copy", "-c:a", "aac"} + extra + QStringList{out}))
        return {};
    return {double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpuBefore};
}

// The whole job the CLI's export does: decode the take WAV, then export.
Timing timeOurs(const QString& video, const QString& audio, const QString& out, int64_t bitRate, int threads, double* decodeSeconds)
{
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    const auto take = foley::media::decodeAudio(audio.toStdString(), {0, 0});
    if (!take) {
        std::fprintf(stderr, "decode failed: %s\n", take.error().message.c_str());
        return {};
    }
    *decodeSeconds = double(timer.nsecsElapsed()) / 1e9;
    foley::media::ExportRequest request;
    request.videoPath = video.toStdString();
    request.audio = *take;
    request.outputPath = out.toStdString();
    request.audioBitRate = bitRate;
    request.encoderThreads = threads;
    const auto report = foley::media::exportWithAudio(request);
    if (!report) {
        std::fprintf(stderr, "export failed: %s\n", report.error().message.c_str());
        return {};
    }
    return {double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpuBefore};
}

void describe(const char* label, const QString& path)
{
    const auto info = foley::media::probeMedia(path.toStdString());
    if (!info) return;
    const auto v = info->bestVideo();
    const auto a = info->bestAudio();
    std::printf("  %-7s %s: %.0f MB, video %s %.3f s, audio %s %d Hz %d ch %.3f s (%lld kb/s)\n", label, qPrintable(QFileInfo(path).fileName()),
                double(info->sizeBytes) / 1e6, v ? v->codecName.c_str() : "-", v ? v->durationSeconds : 0.0, a ? a->codecName.c_str() : "-",
                a ? a->sampleRate : 0, a ? a->channels : 0, a ? a->durationSeconds : 0.0, a ? static_cast<long long>(a->bitRate / 1000) : 0LL);
}

Timing best(const std::vector<Timing>& times)
{
    Timing result;
    for (const Timing& t : times) {
        if (t.wall > 0 && (result.wall < 0 || t.wall < result.wall)) result.wall = t.wall;
        if (t.cpu > 0 && (result.cpu < 0 || t.cpu < result.cpu)) result.cpu = t.cpu;
    }
    return result;
}

void printRatio(const char* label, const Timing& ours, const Timing& theirs)
{
    std::printf("  %-58s ours %6.2f s wall / %6.2f s CPU, ffmpeg %6.2f s wall / %6.2f s CPU -> wall ratio %.2f\n", label, ours.wall, ours.cpu,
                theirs.wall, theirs.cpu, ours.wall / theirs.wall);
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString cachePath = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 2;
    QDir cache(cachePath);
    if (!cache.mkpath(".")) return 1;
    const QString video = cache.filePath("v.mp4");
    const QString audio = cache.filePath("a.wav");
    if (!makeMedia(cache, video, audio)) return 1;
    describe("source", video);
    std::printf("cores: %u; the ratio is ours / ffmpeg (<= 1 meets the target); times are the best of %d rounds\n",
                std::thread::hardware_concurrency(), rounds);

    std::vector<Timing> ffmpeg, ffmpegFaststart, ours, ours128, oursSingle;
    double decode = 0;
    for (int round = 0; round < rounds; ++round) {
        ffmpeg.push_back(timeFfmpeg(video, audio, cache.filePath("out-ffmpeg.mp4")));
        ours.push_back(timeOurs(video, audio, cache.filePath("out-ours.mp4"), 192000, 0, &decode));
        ffmpegFaststart.push_back(timeFfmpeg(video, audio, cache.filePath("out-ffmpeg-faststart.mp4"), {"-movflags", "+faststart"}));
        ours128.push_back(timeOurs(video, audio, cache.filePath("out-ours-128k.mp4"), 128000, 0, &decode));
        oursSingle.push_back(timeOurs(video, audio, cache.filePath("out-ours-1thread.mp4"), 192000, 1, &decode));
        std::printf("round %d: ffmpeg %.2f s, ffmpeg +faststart %.2f s, exportWithAudio %.2f s (192 kb/s), %.2f s (128 kb/s), "
                    "%.2f s (192 kb/s, one encoder thread); WAV decode %.2f s\n",
                    round + 1, ffmpeg.back().wall, ffmpegFaststart.back().wall, ours.back().wall, ours128.back().wall, oursSingle.back().wall,
                    decode);
    }
    describe("ffmpeg", cache.filePath("out-ffmpeg.mp4"));
    describe("ours", cache.filePath("out-ours.mp4"));
    std::printf("\nresults:\n");
    printRatio("exportWithAudio (defaults: 192 kb/s, +faststart) vs ffmpeg:", best(ours), best(ffmpeg));
    printRatio("same bit rate as ffmpeg's default (128 kb/s) vs ffmpeg:", best(ours128), best(ffmpeg));
    printRatio("defaults vs ffmpeg -movflags +faststart:", best(ours), best(ffmpegFaststart));
    printRatio("one encoder thread (192 kb/s) vs ffmpeg:", best(oursSingle), best(ffmpeg));
    std::printf("Wall times depend on what else runs: with other jobs on the cores, two encoder threads get no more\n"
                "CPU than one (the CPU figures are the load-independent cost).\n");
    return best(ours).wall > 0 && best(ffmpeg).wall > 0 ? 0 : 1;
}
