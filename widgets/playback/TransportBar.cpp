#include "widgets/playback/TransportBar.h"

#include "widgets/timeline/TimeAxis.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace foley::widgets {

namespace {
QToolButton* makeButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);  // keys belong to the timeline, not to the buttons
    return button;
}
}  // namespace

TransportBar::TransportBar(core::TimelineState* timeline, PlaybackController* playback, QWidget* parent)
    : QWidget(parent), m_timeline(timeline), m_time(new QLabel(this)), m_monitor(new QComboBox(this)),
      m_originalGain(makeGainSlider(tr("Level of the original sound while monitoring (%)"))),
      m_takeGain(makeGainSlider(tr("Level of the take while monitoring (%)")))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto* start = makeButton(this, QStyle::SP_MediaSkipBackward, tr("Go to start (Home)"));
    auto* back = makeButton(this, QStyle::SP_MediaSeekBackward, tr("Previous frame (Left)"));
    m_play = makeButton(this, QStyle::SP_MediaPlay, tr("Play / pause (Space)"));
    auto* forward = makeButton(this, QStyle::SP_MediaSeekForward, tr("Next frame (Right)"));
    auto* end = makeButton(this, QStyle::SP_MediaSkipForward, tr("Go to end (End)"));
    for (auto* b : {start, back, m_play, forward, end}) layout->addWidget(b);
    m_time->setObjectName(QStringLiteral("timeReadout"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00.000  frame 000000")));
    layout->addWidget(m_time);
    layout->addStretch(1);
    layout->addWidget(new QLabel(tr("Listen to:"), this));
    m_monitor->addItem(tr("Original"), static_cast<int>(Monitor::Original));
    m_monitor->addItem(tr("Active take"), static_cast<int>(Monitor::Take));
    m_monitor->addItem(tr("Mix"), static_cast<int>(Monitor::Mix));
    m_monitor->setCurrentIndex(2);
    m_monitor->setFocusPolicy(Qt::NoFocus);
    m_monitor->setToolTip(tr("What plays with the video: its original sound, the active take, or both"));
    layout->addWidget(m_monitor);
    layout->addWidget(new QLabel(tr("Original"), this));
    layout->addWidget(m_originalGain);
    layout->addWidget(new QLabel(tr("Take"), this));
    layout->addWidget(m_takeGain);
    m_originalGain->setValue(static_cast<int>(std::lround(playback->originalGain() * 100.0f)));
    m_takeGain->setValue(static_cast<int>(std::lround(playback->takeGain() * 100.0f)));
    connect(m_originalGain, &QSlider::valueChanged, playback,
            [playback](int percent) { playback->setOriginalGain(static_cast<float>(percent) / 100.0f); });
    connect(m_takeGain, &QSlider::valueChanged, playback,
            [playback](int percent) { playback->setTakeGain(static_cast<float>(percent) / 100.0f); });

    connect(start, &QToolButton::clicked, this, [timeline] { timeline->setPlayhead(0); });
    connect(end, &QToolButton::clicked, this, [timeline] { timeline->setPlayhead(timeline->duration()); });
    connect(back, &QToolButton::clicked, this, [timeline] { timeline->stepFrames(-1); });
    connect(forward, &QToolButton::clicked, this, [timeline] { timeline->stepFrames(1); });
    connect(m_play, &QToolButton::clicked, playback, &PlaybackController::togglePlay);
    connect(m_monitor, &QComboBox::currentIndexChanged, this, [this, playback](int index) {
        playback->setMonitor(static_cast<Monitor>(m_monitor->itemData(index).toInt()));
    });
    connect(timeline, &core::TimelineState::playheadChanged, this, &TransportBar::updateTime);
    connect(timeline, &core::TimelineState::playingChanged, this, [this](bool playing) {
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    updateTime();
}

QSlider* TransportBar::makeGainSlider(const QString& tip)
{
    auto* slider = new QSlider(Qt::Horizontal, this);
    slider->setRange(0, 100);
    slider->setSingleStep(5);
    slider->setPageStep(10);
    slider->setFixedWidth(72);
    slider->setToolTip(tip);
    slider->setFocusPolicy(Qt::ClickFocus);  // arrow keys stay with the timeline until the slider is clicked
    return slider;
}

void TransportBar::updateTime()
{
    const SampleTime t = m_timeline->playhead();
    const auto frame = samplesToVideoFrame(t, m_timeline->frameRate());
    m_time->setText(tr("%1  frame %2").arg(formatTime(t)).arg(frame));
}

}  // namespace foley::widgets
