#pragma once

#include "core/timeline/TimelineState.h"

#include <QScrollBar>

namespace foley::widgets {

// A horizontal scroll bar bound to the timeline's visible range (page = visible length, in milliseconds).
class TimelineScrollBar : public QScrollBar {
    Q_OBJECT
public:
    explicit TimelineScrollBar(core::TimelineState* timeline, QWidget* parent = nullptr);

private:
    void syncFromTimeline();

    core::TimelineState* m_timeline;
    bool m_syncing = false;
};

}  // namespace foley::widgets
