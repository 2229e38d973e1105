#pragma once

#include "core/timeline/TimelineState.h"
#include "widgets/playback/PlaybackController.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace foley::widgets {

// Play/pause, frame steps, time readout (time and frame number) and what to monitor (original / take / mix).
class TransportBar : public QWidget {
    Q_OBJECT
public:
    TransportBar(core::TimelineState* timeline, PlaybackController* playback, QWidget* parent = nullptr);

private:
    void updateTime();

    core::TimelineState* m_timeline;
    QToolButton* m_play;
    QLabel* m_time;
    QComboBox* m_monitor;
};

}  // namespace foley::widgets
