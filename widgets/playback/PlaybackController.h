#pragma once

#include "core/timeline/TimelineState.h"

#include <QObject>
#include <QUrl>

class QAudioOutput;
class QMediaPlayer;
class QTimer;
class QVideoSink;

namespace foley::widgets {

// What the user hears while the video plays.
enum class Monitor { Original, Take, Mix };

// Drives Qt Multimedia from the shared timeline: one player for the video (and its original sound), one for the
// active take, both following TimelineState. During playback the video player's clock moves the playhead; a seek
// anywhere else (ruler click, onset jump, frame step) moves the players. Without an audio device, video still plays.
class PlaybackController : public QObject {
    Q_OBJECT
public:
    PlaybackController(core::TimelineState* timeline, QObject* parent = nullptr);
    ~PlaybackController() override;

    void setVideoOutput(QVideoSink* sink);
    void setVideoOutput(QObject* videoWidgetOrItem);
    void setSource(const QUrl& video);
    void setTakeSource(const QUrl& takeAudio);  // empty = no take
    void setMonitor(Monitor monitor);
    Monitor monitor() const { return m_monitor; }
    void setOriginalGain(float gain);  // 0..1, linear
    void setTakeGain(float gain);
    float originalGain() const { return m_originalGain; }
    float takeGain() const { return m_takeGain; }
    bool hasAudioDevice() const { return m_audioAvailable; }
    qint64 videoPositionMs() const;  // where the video player is (follows the timeline's playhead)

    void play();
    void pause();
    void togglePlay();
    void setRate(double rate);  // J/K/L shuttle: negative rates step backwards by seeking
    double rate() const { return m_rate; }

signals:
    void audioUnavailable();  // emitted once, the first time the user plays without an output device
    void errorOccurred(const QString& message);
    void mediaLoaded(qint64 durationMs);

private:
    void onTimelinePlayhead(SampleTime t);
    void onTick();
    void applyGains();
    void seekPlayers(SampleTime t);
    void retryPendingSeek();

    core::TimelineState* m_timeline;
    QMediaPlayer* m_video = nullptr;
    QMediaPlayer* m_take = nullptr;
    QAudioOutput* m_videoAudio = nullptr;
    QAudioOutput* m_takeAudio = nullptr;
    QTimer* m_clock = nullptr;
    QTimer* m_seekRetry = nullptr;
    qint64 m_pendingSeekMs = -1;  // a seek the video player has not confirmed yet
    int m_seekAttempts = 0;
    Monitor m_monitor = Monitor::Mix;
    float m_originalGain = 1.0f;
    float m_takeGain = 1.0f;
    double m_rate = 1.0;
    bool m_audioAvailable = false;
    bool m_toldNoAudio = false;
    bool m_updatingFromPlayer = false;
};

}  // namespace foley::widgets
