#include "widgets/onsets/MaskStroke.h"

#include "core/model/TemporalMask.h"

#include <algorithm>
#include <cmath>

namespace foley::widgets {

void MaskStroke::begin(const core::TemporalMask& mask, EditTool tool, SampleTime t, double level, core::GestureId stroke)
{
    m_active = true;
    m_tool = tool;
    m_stroke = stroke;
    m_rate = mask.rate();
    m_frameCount = mask.frameCount();
    m_base = mask.values();
    m_touched.clear();
    m_anchor = t;
    m_last = t;
    m_lastLevel = level;
    if (tool == EditTool::Range) fillRange(t, level);
    else touch(frameAt(t), static_cast<float>(level));
}

void MaskStroke::extendTo(SampleTime t, double level)
{
    if (!m_active) return;
    if (m_tool == EditTool::Range) {
        m_touched.clear();
        fillRange(t, level);
    } else {
        paintSegment(m_last, m_lastLevel, t, level);
    }
    m_last = t;
    m_lastLevel = level;
}

void MaskStroke::cancel()
{
    m_active = false;
    m_touched.clear();
    m_base.clear();
}

int MaskStroke::frameAt(SampleTime t) const
{
    return static_cast<int>(samplesToVideoFrame(t, m_rate));
}

void MaskStroke::touch(int frame, float level)
{
    if (frame < 0 || frame >= m_frameCount) return;
    const float base = m_base[static_cast<size_t>(frame)];
    const auto it = m_touched.find(frame);
    const float current = it == m_touched.end() ? base : it->second;
    float next = level;
    if (m_tool == EditTool::Pencil) next = std::max(current, level);
    else if (m_tool == EditTool::Eraser) next = std::min(current, level);
    m_touched[frame] = std::clamp(next, 0.0f, 1.0f);
}

void MaskStroke::paintSegment(SampleTime from, double fromLevel, SampleTime to, double toLevel)
{
    const int a = frameAt(from);
    const int b = frameAt(to);
    const int steps = std::abs(b - a);
    for (int i = 0; i <= steps; ++i) {
        const double fraction = steps == 0 ? 1.0 : static_cast<double>(i) / steps;
        const int frame = a + (b >= a ? i : -i);
        touch(frame, static_cast<float>(fromLevel + (toLevel - fromLevel) * fraction));
    }
}

void MaskStroke::fillRange(SampleTime to, double level)
{
    const int a = frameAt(std::min(m_anchor, to));
    const int b = frameAt(std::max(m_anchor, to));
    for (int frame = a; frame <= b; ++frame) touch(frame, static_cast<float>(level));
}

float MaskStroke::valueAt(int frame, float modelValue) const
{
    if (!m_active) return modelValue;
    const auto it = m_touched.find(frame);
    return it == m_touched.end() ? modelValue : it->second;
}

int MaskStroke::firstFrame() const
{
    return m_touched.empty() ? 0 : m_touched.begin()->first;
}

std::vector<float> MaskStroke::values() const
{
    if (m_touched.empty()) return {};
    const int first = m_touched.begin()->first;
    const int last = m_touched.rbegin()->first;
    std::vector<float> result(m_base.begin() + first, m_base.begin() + last + 1);
    for (const auto& [frame, value] : m_touched) result[static_cast<size_t>(frame - first)] = value;
    return result;
}

}  // namespace foley::widgets
