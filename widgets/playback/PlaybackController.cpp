#include "widgets/playback/PlaybackController.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QTimer>
#include <QVideoSink>

#include <cmath>

namespace foley::widgets {

namespace {
constexpr int kClockIntervalMs = 15;  // playhead refresh while playing (~60 Hz)
constexpr qint64 kSeekToleranceMs = 30;
constexpr int kSeekRetryMs = 100;
constexpr int kMaxSeekAttempts = 20;

qint64 samplesToMs(SampleTime t) { return t * 1000 / kProjectRate; }
SampleTime msToSamples(qint64 ms) { return ms * kProjectRate / 1000; }
}  // namespace

PlaybackController::PlaybackController(core::TimelineState* timeline, QObject* parent)
    : QObject(parent), m_timeline(timeline), m_video(new QMediaPlayer(this)), m_take(new QMediaPlayer(this)),
      m_clock(new QTimer(this)), m_seekRetry(new QTimer(this))
{
    // GStreamer drops a seek issued while the pipeline is still prerolling (right after loading or pausing),
    // without an error; re-issue it until the player's position confirms it.
    m_seekRetry->setInterval(kSeekRetryMs);
    connect(m_seekRetry, &QTimer::timeout, this, &PlaybackController::retryPendingSeek);
    // Qt's FFmpeg backend crashes when an output is attached without a device; GStreamer copes, but never risk it.
    m_audioAvailable = !QMediaDevices::audioOutputs().isEmpty();
    if (m_audioAvailable) {
        m_videoAudio = new QAudioOutput(this);
        m_takeAudio = new QAudioOutput(this);
        m_video->setAudioOutput(m_videoAudio);
        m_take->setAudioOutput(m_takeAudio);
        applyGains();
    }
    m_clock->setInterval(kClockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, &PlaybackController::onTick);
    connect(m_timeline, &core::TimelineState::playheadChanged, this, &PlaybackController::onTimelinePlayhead);
    connect(m_video, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& text) { emit errorOccurred(text); });
    connect(m_video, &QMediaPlayer::durationChanged, this, &PlaybackController::mediaLoaded);
    connect(m_video, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia) pause();
        // Show the frame under the playhead as soon as the file is ready, before the first play.
        if (status == QMediaPlayer::LoadedMedia && !m_timeline->isPlaying()) {
            m_video->pause();
            seekPlayers(m_timeline->playhead());
        }
    });
}

PlaybackController::~PlaybackController() = default;

void PlaybackController::setVideoOutput(QVideoSink* sink) { m_video->setVideoSink(sink); }
void PlaybackController::setVideoOutput(QObject* videoWidgetOrItem) { m_video->setVideoOutput(videoWidgetOrItem); }

qint64 PlaybackController::videoPositionMs() const
{
    return m_video->position();
}

void PlaybackController::setSource(const QUrl& video)
{
    pause();
    m_video->setSource(video);
    seekPlayers(m_timeline->playhead());
}

void PlaybackController::setTakeSource(const QUrl& takeAudio)
{
    m_take->setSource(takeAudio);
    seekPlayers(m_timeline->playhead());
}

void PlaybackController::setMonitor(Monitor monitor)
{
    m_monitor = monitor;
    applyGains();
}

void PlaybackController::setOriginalGain(float gain)
{
    m_originalGain = gain;
    applyGains();
}

void PlaybackController::setTakeGain(float gain)
{
    m_takeGain = gain;
    applyGains();
}

void PlaybackController::applyGains()
{
    if (!m_audioAvailable) return;
    m_videoAudio->setVolume(m_monitor == Monitor::Take ? 0.0f : m_originalGain);
    m_takeAudio->setVolume(m_monitor == Monitor::Original ? 0.0f : m_takeGain);
}

void PlaybackController::play()
{
    if (!m_audioAvailable && !m_toldNoAudio) {
        m_toldNoAudio = true;
        emit audioUnavailable();
    }
    if (m_timeline->playhead() >= m_timeline->duration()) m_timeline->setPlayhead(0);
    seekPlayers(m_timeline->playhead());
    m_rate = std::abs(m_rate) < 1e-9 ? 1.0 : m_rate;
    if (m_rate > 0) {
        m_video->setPlaybackRate(m_rate);
        m_take->setPlaybackRate(m_rate);
        m_video->play();
        if (!m_take->source().isEmpty()) m_take->play();
    }
    m_clock->start();
    m_timeline->setPlaying(true);
}

void PlaybackController::pause()
{
    m_video->pause();
    m_take->pause();
    m_clock->stop();
    m_timeline->setPlaying(false);
}

void PlaybackController::togglePlay()
{
    m_timeline->isPlaying() ? pause() : play();
}

void PlaybackController::setRate(double rate)
{
    m_rate = rate;
    if (rate == 0.0) {
        pause();
        return;
    }
    if (rate < 0) {  // reverse shuttle: players cannot run backwards, so the clock seeks
        m_video->pause();
        m_take->pause();
        m_clock->start();
        m_timeline->setPlaying(true);
        return;
    }
    play();
}

void PlaybackController::onTick()
{
    if (m_rate < 0) {
        const SampleTime step = static_cast<SampleTime>(std::llround(-m_rate * kClockIntervalMs * kProjectRate / 1000.0));
        const SampleTime target = m_timeline->playhead() - step;
        m_timeline->setPlayhead(target);
        if (target <= 0) pause();
        return;
    }
    m_updatingFromPlayer = true;
    m_timeline->setPlayhead(msToSamples(m_video->position()));
    m_updatingFromPlayer = false;
}

void PlaybackController::onTimelinePlayhead(SampleTime t)
{
    if (m_updatingFromPlayer) return;
    seekPlayers(t);
}

void PlaybackController::retryPendingSeek()
{
    if (m_pendingSeekMs < 0 || std::abs(m_video->position() - m_pendingSeekMs) <= kSeekToleranceMs
        || ++m_seekAttempts > kMaxSeekAttempts) {
        m_pendingSeekMs = -1;
        m_seekRetry->stop();
        return;
    }
    m_video->setPosition(m_pendingSeekMs);
}

void PlaybackController::seekPlayers(SampleTime t)
{
    const qint64 ms = samplesToMs(t);
    if (std::abs(m_video->position() - ms) > kSeekToleranceMs || !m_timeline->isPlaying()) {
        m_video->setPosition(ms);
        if (!m_timeline->isPlaying() && !m_video->source().isEmpty()) {
            m_pendingSeekMs = ms;
            m_seekAttempts = 0;
            m_seekRetry->start();
        }
    }
    if (!m_take->source().isEmpty() && std::abs(m_take->position() - ms) > kSeekToleranceMs) m_take->setPosition(ms);
}

}  // namespace foley::widgets
