#include "app/services/OnsetDetection.h"

#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/VisualOnsetDetector.h"
#include "core/media/AudioDecoder.h"
#include "core/media/MediaProbe.h"
#include "core/media/VideoFrameReader.h"

#include <QFile>

#include <algorithm>

namespace foley::app {

namespace {

// The visual detector works at ~160 px wide; decoding straight to 320 px lets swscale do most of the
// shrinking and keeps a 2x2 box average in the detector against noise.
constexpr int kDecodeWidth = 320;

Result<OnsetDetectionResult> detectFromVideo(const std::string& path, const media::StreamInfo& video,
                                             double durationSeconds, RunControl& control)
{
    media::VideoFrameOptions options;
    options.format = PixelFormat::Gray8;
    options.width = video.width > kDecodeWidth ? kDecodeWidth : 0;
    options.streamIndex = video.index;
    auto reader = media::VideoFrameReader::open(path, options);
    if (!reader) return reader.error();
    dsp::VisualOnsetDetector detector;
    VideoFrame frame;
    while (true) {
        const Result<bool> next = (*reader)->next(frame);
        if (!next) return next.error();
        if (!*next) break;
        if (Status pushed = detector.push(frame); !pushed) return pushed.error();
        if (durationSeconds > 0) control.report(std::min(0.99, frame.timeSeconds / durationSeconds));
        if (control.isCancelled()) return makeError(ErrorCode::Cancelled, "cancelled");
    }
    dsp::VisualOnsetResult visual = detector.finish();
    OnsetDetectionResult result;
    result.onsets = std::move(visual.onsets);
    result.fromVideo = true;
    result.probability = std::move(visual.probability);
    result.frameTimes = std::move(visual.frameTimes);
    return result;
}

Result<OnsetDetectionResult> detectFromAudio(const std::string& path, RunControl& control, const dsp::AudioOnsetConfig& config)
{
    const dsp::AudioOnsetDetector detector(config);
    media::AudioDecodeOptions options;
    options.sampleRate = detector.config().mel.sampleRate;
    options.channels = 1;
    RunControl decodeControl;
    decodeControl.followParent(control, 0.0, 0.7);
    const Result<AudioBuffer> audio = media::decodeAudio(path, options, &decodeControl);
    if (!audio) return audio.error();
    RunControl detectControl;
    detectControl.followParent(control, 0.7, 1.0);
    auto detected = detector.detect(*audio, &detectControl);
    if (!detected) return detected.error();
    OnsetDetectionResult result;
    result.onsets = std::move(detected->onsets);
    return result;
}

}  // namespace

Result<OnsetDetectionResult> detectOnsets(const QString& mediaPath, OnsetSource source, RunControl& control,
                                          const dsp::AudioOnsetConfig& audio)
{
    const std::string path = QFile::encodeName(mediaPath).toStdString();
    const Result<media::MediaInfo> info = media::probeMedia(path);
    if (!info) return info.error();
    const auto video = info->bestVideo();
    const bool useVideo = source == OnsetSource::Auto ? video.has_value() : source == OnsetSource::Video;
    if (useVideo && !video)
        return makeError(ErrorCode::MediaNoStream, mediaPath.toStdString() + " has no video stream (detect from its audio instead)");
    if (!useVideo && !info->bestAudio())
        return makeError(ErrorCode::MediaNoStream, mediaPath.toStdString() + " has no audio stream");
    return useVideo ? detectFromVideo(path, *video, info->durationSeconds, control) : detectFromAudio(path, control, audio);
}

}  // namespace foley::app
