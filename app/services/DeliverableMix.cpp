#include "app/services/DeliverableMix.h"

#include "core/media/AudioDecoder.h"
#include "core/media/ExportAudioMixer.h"
#include "core/media/MediaProbe.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace foley::app {
namespace {

std::string nativePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

// `audio` (stereo) cut or padded to `frames`; a cut ends with the exporter's fade so it does not click.
AudioBuffer fitted(const AudioBuffer& audio, size_t frames)
{
    std::vector<float> samples(frames * 2, 0.0f);
    const size_t kept = std::min(frames, audio.frameCount());
    std::copy_n(audio.data(), kept * 2, samples.begin());
    if (audio.frameCount() > frames) {
        const auto fadeFrames = std::min(kept, static_cast<size_t>(std::lround(media::ExportAudioMixer::kFadeSeconds * DeliverableTracks::kSampleRate)));
        for (size_t i = 0; i < fadeFrames; ++i) {
            const auto gain = static_cast<float>(i) / static_cast<float>(fadeFrames);
            samples[(kept - 1 - i) * 2] *= gain;
            samples[(kept - 1 - i) * 2 + 1] *= gain;
        }
    }
    return AudioBuffer(std::move(samples), DeliverableTracks::kSampleRate, 2);
}

AudioBuffer summed(const AudioBuffer& take, const AudioBuffer& original, double originalGain)
{
    std::vector<float> mix(take.samples());
    const auto gain = static_cast<float>(originalGain);
    for (size_t i = 0; i < mix.size(); ++i) mix[i] += gain * original.samples()[i];
    return AudioBuffer(std::move(mix), DeliverableTracks::kSampleRate, 2);
}

}  // namespace

Result<size_t> videoLengthFrames(const QString& videoPath, int sampleRate)
{
    const Result<media::MediaInfo> info = media::probeMedia(nativePath(videoPath));
    if (!info) return info.error();
    const auto video = info->bestVideo();
    if (!video) return makeError(ErrorCode::MediaNoStream, "'" + nativePath(videoPath) + "' has no video stream");
    const double seconds = video->durationSeconds > 0 ? video->durationSeconds : info->durationSeconds;
    if (!(seconds > 0)) return makeError(ErrorCode::MediaOpenFailed, "the duration of '" + nativePath(videoPath) + "' is unknown");
    return static_cast<size_t>(std::llround(seconds * sampleRate));
}

Result<DeliverableTracks> buildDeliverableTracks(const QString& videoPath, const QString& takePath, double originalGain,
                                                 RunControl& control)
{
    const Result<size_t> frames = videoLengthFrames(videoPath, DeliverableTracks::kSampleRate);
    if (!frames) return frames.error();
    const media::AudioDecodeOptions stereo48k{DeliverableTracks::kSampleRate, 2, -1, 0, 0};
    RunControl takeControl;
    takeControl.followParent(control, 0.0, 0.5);
    const Result<AudioBuffer> take = media::decodeAudio(nativePath(takePath), stereo48k, &takeControl);
    if (!take) return take.error();
    DeliverableTracks tracks;
    tracks.take = fitted(*take, *frames);
    RunControl originalControl;
    originalControl.followParent(control, 0.5, 1.0);
    const Result<AudioBuffer> original = media::decodeAudio(nativePath(videoPath), stereo48k, &originalControl);
    if (!original && original.error().code != ErrorCode::MediaNoStream) return original.error();
    tracks.videoHasSound = original.ok();
    tracks.original = fitted(original ? *original : AudioBuffer(), *frames);
    tracks.mix = summed(tracks.take, tracks.original, originalGain);
    return tracks;
}

}  // namespace foley::app
