#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "core/media/MediaProbe.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace foley::app::cli {
namespace {

QString rationalText(const Rational& r)
{
    return QStringLiteral("%1/%2").arg(r.num).arg(r.den);
}

QJsonObject streamJson(const media::StreamInfo& stream)
{
    QJsonObject json{
        {"index", stream.index},
        {"type", QString::fromLatin1(media::streamTypeName(stream.type))},
        {"codec", QString::fromStdString(stream.codecName)},
        {"timeBase", rationalText(stream.timeBase)},
        {"start", stream.startSeconds},
        {"duration", stream.durationSeconds},
        {"bitRate", static_cast<qint64>(stream.bitRate)},
    };
    if (stream.type == media::StreamType::Video) {
        json["width"] = stream.width;
        json["height"] = stream.height;
        json["size"] = QStringLiteral("%1x%2").arg(stream.width).arg(stream.height);
        json["fps"] = rationalText(stream.frameRate);
        json["fpsValue"] = stream.frameRate.toDouble();
        json["frames"] = static_cast<qint64>(stream.frameCount);
        json["rotation"] = stream.rotationDegrees;
        json["pixelFormat"] = QString::fromStdString(stream.pixelFormat);
        json["attachedPicture"] = stream.isAttachedPicture;
    }
    if (stream.type == media::StreamType::Audio) {
        json["sampleRate"] = stream.sampleRate;
        json["channels"] = stream.channels;
        json["sampleFormat"] = QString::fromStdString(stream.sampleFormat);
    }
    return json;
}

QJsonObject mediaJson(const media::MediaInfo& info)
{
    QJsonArray streams;
    for (const media::StreamInfo& stream : info.streams) streams.append(streamJson(stream));
    QJsonObject json{
        {"path", QString::fromStdString(info.path)},
        {"format", QString::fromStdString(info.formatName)},
        {"duration", info.durationSeconds},
        {"size", static_cast<qint64>(info.sizeBytes)},
        {"videoStream", info.bestVideoIndex >= 0 ? QJsonValue(info.bestVideoIndex) : QJsonValue()},
        {"audioStream", info.bestAudioIndex >= 0 ? QJsonValue(info.bestAudioIndex) : QJsonValue()},
        {"streams", streams},
    };
    // The main video's facts at the top level, for scripts that only want those.
    if (const auto video = info.bestVideo()) {
        json["width"] = video->width;
        json["height"] = video->height;
        json["fps"] = rationalText(video->frameRate);
        json["fpsValue"] = video->frameRate.toDouble();
        json["rotation"] = video->rotationDegrees;
    }
    return json;
}

}  // namespace

int runProbe(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Describes a media file (any file FFmpeg reads) as JSON: container, duration, size in bytes, and each\n"
        "stream's codec, duration, frame rate (\"num/den\" and fpsValue), picture size, rotation, sample rate, channels."));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("MEDIA"), QStringLiteral("The media file to describe."));
    const QString usage = QStringLiteral("usage: foleyforge-cli probe MEDIA");
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("probe"), args, help, usage)) return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) return usageError(QStringLiteral("probe takes exactly one MEDIA file"));

    const Result<media::MediaInfo> info = media::probeMedia(toPath(positional.first()));
    if (!info) return fail(info.error());
    printJson(QJsonDocument(mediaJson(*info)));
    return kExitOk;
}

}  // namespace foley::app::cli
