#include "app/services/GenerationMediaDecoder.h"

#include "core/media/AudioDecoder.h"
#include "core/media/VideoFrameReader.h"
#include "core/types/SampleTime.h"

#include <QFile>

namespace foley::app {

Result<std::vector<VideoFrame>> GenerationMediaDecoder::decodeFrames(const QString& videoPath, const RunControl* control)
{
    media::VideoFrameOptions options;
    options.width = kFrameWidth;
    options.format = PixelFormat::Gray8;
    auto reader = media::VideoFrameReader::open(QFile::encodeName(videoPath).toStdString(), options);
    if (!reader) return reader.error();
    std::vector<VideoFrame> frames;
    VideoFrame frame;
    while (true) {
        if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "cancelled");
        const Result<bool> next = (*reader)->next(frame);
        if (!next) return next.error();
        if (!*next) break;
        frames.push_back(frame);
    }
    return frames;
}

Result<AudioBuffer> GenerationMediaDecoder::decodeModelAudio(const QString& path)
{
    media::AudioDecodeOptions options;
    options.sampleRate = kModelRate;
    options.channels = 1;
    return media::decodeAudio(QFile::encodeName(path).toStdString(), options);
}

Result<AudioBuffer> GenerationMediaDecoder::decodeTakeAudio(const QString& path)
{
    media::AudioDecodeOptions options;
    options.sampleRate = 0;
    options.channels = 0;
    Result<AudioBuffer> audio = media::decodeAudio(QFile::encodeName(path).toStdString(), options);
    if (!audio || audio->channels() <= 2) return audio;
    options.channels = 2;
    return media::decodeAudio(QFile::encodeName(path).toStdString(), options);
}

}  // namespace foley::app
