#include "app/train/SceneExport.h"
#include "app/train/TrainCommandSupport.h"

#include "app/cli/CliSupport.h"
#include "core/media/WavFile.h"
#include "inference/training/SceneSampler.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

namespace foley::app::train {

namespace {

bool writeMp4(const inference::TrainingScene& scene, int size, const QString& wav, const QString& mp4)
{
    QProcess ffmpeg;
    ffmpeg.start("ffmpeg", {"-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "gray", "-s",
                            QString("%1x%1").arg(size), "-r", "25", "-i", "-", "-i", wav, "-map", "0:v", "-map", "1:a",
                            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", mp4});
    if (!ffmpeg.waitForStarted()) return false;
    for (const VideoFrame& frame : scene.frames)
        ffmpeg.write(reinterpret_cast<const char*>(frame.pixels.data()), static_cast<qint64>(frame.pixels.size()));
    ffmpeg.closeWriteChannel();
    return ffmpeg.waitForFinished(120000) && ffmpeg.exitCode() == 0;
}

}  // namespace

int runRenderScenes(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {"corpus", "Corpus folder.", "DIR"},
        {"out", "Folder for the scenes.", "DIR"},
        {"split", "Which recordings to use: train, val or test.", "NAME", "test"},
        {"class", "Only this class (default: balanced over classes).", "NAME"},
        {"count", "Number of scenes.", "N", "4"},
        {"seconds", "Length of each scene.", "S", "6"},
        {"size", "Frame size in pixels (square).", "PX", "256"},
        {"seed", "Seed of the first scene.", "N", "1"},
        {"dry", "No room tone in any scene (as retrieval composes scaffolds)."},
    });
    parser.addHelpOption();
    if (std::optional<int> exit = parseCommandLine(parser, "scenes", args)) return *exit;
    if (!parser.isSet("corpus") || !parser.isSet("out")) return cli::usageError("--corpus and --out are required");
    Result<inference::SoundLibrary> library = inference::SoundLibrary::open(cli::toPath(parser.value("corpus")), {parser.value("split").toStdString()});
    if (!library) return cli::fail(library.error());
    inference::SceneOptions options;
    options.durationSeconds = parser.value("seconds").toDouble();
    options.frameSize = parser.value("size").toInt();
    options.minClipsPerClass = 1;
    if (parser.isSet("dry")) options.dryProbability = 1.0;
    const inference::SceneSampler sampler(*library, options);
    const QDir out(parser.value("out"));
    QDir().mkpath(out.absolutePath());
    const int count = parser.value("count").toInt();
    for (int i = 0; i < count; ++i) {
        const uint64_t seed = parser.value("seed").toULongLong() + static_cast<uint64_t>(i);
        Result<inference::TrainingScene> scene = parser.isSet("class") ? sampler.sample(parser.value("class").toStdString(), seed) : sampler.sample(seed);
        if (!scene) return cli::fail(scene.error());
        const QString base = out.filePath(QString("scene-%1-%2").arg(i, 3, 10, QChar('0')).arg(QString::fromStdString(scene->soundClass)));
        if (Status s = media::writeWav((base + ".wav").toStdString(), scene->audio, media::WavSampleFormat::Int16); !s) return cli::fail(s.error());
        QFile csv(base + "-onsets.csv");
        if (!csv.open(QIODevice::WriteOnly)) return cli::fail("cannot write " + csv.fileName());
        csv.write("time,strength,label\n");
        for (const auto& onset : scene->onsets)
            csv.write(QString("%1,%2,%3\n").arg(onset.seconds, 0, 'f', 3).arg(onset.strength, 0, 'f', 2).arg(QString::fromStdString(scene->soundClass)).toUtf8());
        QFile json(base + ".json");
        if (!json.open(QIODevice::WriteOnly)) return cli::fail("cannot write " + json.fileName());
        json.write(QJsonDocument(QJsonObject{{"video", QFileInfo(base + ".mp4").fileName()},
                                             {"description", QString::fromStdString(scene->caption)},
                                             {"negative", QString::fromStdString(scene->negative)},
                                             {"class", QString::fromStdString(scene->soundClass)}}).toJson());
        const bool video = writeMp4(*scene, options.frameSize, base + ".wav", base + ".mp4");
        std::printf("%s: %s%s\n", qPrintable(QFileInfo(base).fileName()), scene->caption.c_str(), video ? "" : "  (no MP4: ffmpeg failed)");
    }
    return cli::kExitOk;
}

}  // namespace foley::app::train
