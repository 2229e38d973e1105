#pragma once

#include "core/timeline/TimelineState.h"
#include "widgets/playback/PlaybackController.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace foley::widgets {

// Play/pause, frame steps, time readout (time and frame number), what to monitor (original / take / mix) and the
// monitor gains of the original sound and of the take (0-100 %, linear).
class TransportBar : public QWidget {
    Q_OBJECT
public:
    TransportBar(core::TimelineState* timeline, PlaybackController* playback, QWidget* parent = nullptr);

    QComboBox* monitorChoice() const { return m_monitor; }
    QSlider* originalGainSlider() const { return m_originalGain; }
    QSlider* takeGainSlider() const { return m_takeGain; }

private:
    void updateTime();
    QSlider* makeGainSlider(const QString& tip);

    core::TimelineState* m_timeline;
    QToolButton* m_play;
    QLabel* m_time;
    QComboBox* m_monitor;
    QSlider* m_originalGain;
    QSlider* m_takeGain;
};

}  // namespace foley::widgets
