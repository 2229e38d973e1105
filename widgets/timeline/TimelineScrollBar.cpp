#include "widgets/timeline/TimelineScrollBar.h"

#include <algorithm>

namespace foley::widgets {

namespace {
constexpr SampleTime kSamplesPerUnit = kProjectRate / 1000;  // scroll bar units are milliseconds
}

TimelineScrollBar::TimelineScrollBar(core::TimelineState* timeline, QWidget* parent)
    : QScrollBar(Qt::Horizontal, parent), m_timeline(timeline)
{
    connect(timeline, &core::TimelineState::visibleRangeChanged, this, &TimelineScrollBar::syncFromTimeline);
    connect(timeline, &core::TimelineState::durationChanged, this, &TimelineScrollBar::syncFromTimeline);
    connect(this, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncing) return;
        const auto visible = m_timeline->visibleRange();
        const SampleTime start = static_cast<SampleTime>(value) * kSamplesPerUnit;
        m_timeline->setVisibleRange({start, start + visible.length()});
    });
    syncFromTimeline();
}

void TimelineScrollBar::syncFromTimeline()
{
    m_syncing = true;
    const auto visible = m_timeline->visibleRange();
    const int page = static_cast<int>(std::max<SampleTime>(1, visible.length() / kSamplesPerUnit));
    const int total = static_cast<int>(m_timeline->duration() / kSamplesPerUnit);
    setPageStep(page);
    setSingleStep(std::max(1, page / 20));
    setRange(0, std::max(0, total - page));
    setValue(static_cast<int>(visible.start / kSamplesPerUnit));
    m_syncing = false;
}

}  // namespace foley::widgets
