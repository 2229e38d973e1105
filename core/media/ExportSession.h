#pragma once

#include "core/media/AudioStreamDecoder.h"
#include "core/media/AudioTrackWriter.h"
#include "core/media/AvPtr.h"
#include "core/media/MediaInput.h"
#include "core/media/Mp4Exporter.h"
#include "core/media/OutputContainer.h"

#include <memory>
#include <optional>

namespace foley::media {

// One export run (remux.c + transcode_aac.c, with RAII): the source's video packets are copied into the
// output as they are read, and the audio track (AudioTrackWriter) is written alongside, kept about half a
// second behind the video so that when the video ends its exact duration is known before the audio's last
// samples are encoded.
class ExportSession {
public:
    ExportSession(const ExportRequest& request, const RunControl* control);
    ~ExportSession();
    ExportSession(const ExportSession&) = delete;
    ExportSession& operator=(const ExportSession&) = delete;

    // Opens the source and checks it fits `container` (video stream present, codec storable, audio to mix).
    Status openSource(const OutputContainer& container);
    // Writes the whole output to `tempPath` (the caller renames it into place on success).
    Result<ExportReport> writeTo(const std::string& tempPath, const OutputContainer& container);
    // The parallel audio plan assumed a longer video than there was: run again with one encoder thread.
    bool audioPlanOvershot() const { return m_audio && m_audio->planOvershot(); }

private:
    int64_t timelineOrigin() const;
    Status openOutput(const std::string& tempPath, const OutputContainer& container);
    Status addVideoStream();
    Status copyVideoPacket(AVPacket* packet);
    Status pumpAudio();
    Status writeAudioPacket(AVPacket* packet);
    Error writeError(const char* call, int ret) const;
    bool cancelled() const { return m_control && m_control->isCancelled(); }
    void reportProgress(double seconds);

    const ExportRequest& m_request;
    const RunControl* m_control;
    std::optional<MediaInput> m_input;
    int m_videoIndex = -1;
    int m_audioIndex = -1;
    AVStream* m_videoOut = nullptr;
    AVStream* m_audioOut = nullptr;
    OutputFormatPtr m_output;
    std::unique_ptr<AudioStreamDecoder> m_original;
    std::unique_ptr<AudioTrackWriter> m_audio;
    PacketSink m_audioSink;
    bool m_seenKeyframe = false;
    int64_t m_videoStart = INT64_MAX;  // earliest pts, in the source video time base, shifted to the timeline
    int64_t m_videoEnd = 0;        // latest pts + duration so far, same units
    int64_t m_videoOffset = 0;     // subtracted from every video timestamp (the container's start), as ffmpeg does
    double m_expectedSeconds = 0;  // for progress only
    double m_lastProgress = -1;
    ExportReport m_report;
};

}  // namespace foley::media
