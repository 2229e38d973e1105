#include "core/commands/MaskCommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace foley::core {

PaintMaskCommand::PaintMaskCommand(TemporalMask* mask, int firstFrame, const std::vector<float>& values,
                                   GestureId stroke)
    : QUndoCommand(QCoreApplication::translate("foley::core::MaskCommands", "Paint mask")), m_mask(mask),
      m_stroke(stroke)
{
    const int64_t requestedEnd = static_cast<int64_t>(firstFrame) + static_cast<int64_t>(values.size());
    const int first = std::max(0, firstFrame);
    const int end = static_cast<int>(std::min<int64_t>(mask->frameCount(), requestedEnd));
    if (end > first) {
        m_first = first;
        m_before = mask->range(first, end - first);
        m_after.assign(values.begin() + (first - firstFrame), values.begin() + (end - firstFrame));
        for (float& v : m_after) v = std::isnan(v) ? 0.0f : std::clamp(v, 0.0f, 1.0f);
    }
    setObsolete(m_before == m_after);
}

void PaintMaskCommand::redo() { m_mask->setRange(m_first, m_after); }
void PaintMaskCommand::undo() { m_mask->setRange(m_first, m_before); }

int PaintMaskCommand::id() const
{
    return m_stroke == kInvalidId ? static_cast<int>(CommandId::NoMerge) : static_cast<int>(CommandId::PaintMask);
}

bool PaintMaskCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const PaintMaskCommand*>(other);
    if (!next || next->m_stroke != m_stroke || m_stroke == kInvalidId || next->m_after.empty()) return false;
    if (m_after.empty()) {  // an empty command never reaches the stack, but stay correct anyway
        m_first = next->m_first;
        m_before = next->m_before;
        m_after = next->m_after;
        setObsolete(m_before == m_after);
        return true;
    }
    // Union of both spans. Frames only `next` touched take its "before" (the original, since this
    // command did not touch them); frames between two disjoint spans are unchanged (read from the mask).
    const int first = std::min(m_first, next->m_first);
    const int end = std::max(m_first + frameCount(), next->m_first + next->frameCount());
    std::vector<float> before = m_mask->range(first, end - first);
    std::vector<float> after = before;
    for (int i = 0; i < next->frameCount(); ++i) {
        before[static_cast<size_t>(next->m_first - first + i)] = next->m_before[static_cast<size_t>(i)];
        after[static_cast<size_t>(next->m_first - first + i)] = next->m_after[static_cast<size_t>(i)];
    }
    for (int i = 0; i < frameCount(); ++i) before[static_cast<size_t>(m_first - first + i)] = m_before[static_cast<size_t>(i)];
    m_first = first;
    m_before = std::move(before);
    m_after = std::move(after);
    setObsolete(m_before == m_after);
    return true;
}

}  // namespace foley::core
