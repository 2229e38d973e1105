#include "app/services/GenerationMediaDecoder.h"

#include "core/media/AudioDecoder.h"
#include "core/media/VideoFrameReader.h"
#include "core/types/SampleTime.h"
#include "inference/VideoFeatureBuilder.h"

#include <cmath>

#include <QFile>

namespace foley::app {

Result<inference::VideoFeatures> GenerationMediaDecoder::decodeVideoFeatures(const QString& videoPath, inference::Engine& engine,
                                                                            int64_t durationSamples, const RunControl* control)
{
    media::VideoFrameOptions options;
    options.width = kFrameWidth;
    options.format = PixelFormat::Gray8;
    auto reader = media::VideoFrameReader::open(QFile::encodeName(videoPath).toStdString(), options);
    if (!reader) {
        if (reader.error().code == ErrorCode::MediaNoStream) return inference::VideoFeatures{};  // no video condition
        return reader.error();
    }
    const std::unique_ptr<inference::VideoFeatureBuilder> builder = engine.videoFeatureBuilder();
    VideoFrame frame;
    bool any = false;
    while (true) {
        if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "cancelled");
        const Result<bool> next = (*reader)->next(frame);
        if (!next) return next.error();
        if (!*next) break;
        if (const Status added = builder->add(frame); !added) return added.error();
        any = true;
    }
    if (!any) return inference::VideoFeatures{};
    if (durationSamples <= 0) durationSamples = static_cast<int64_t>(std::ceil((builder->lastFrameSeconds() + 0.04) * kModelRate));
    return builder->finish(durationSamples);
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
