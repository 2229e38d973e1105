#pragma once

#include "core/model/Ids.h"
#include "core/types/Rational.h"
#include "core/types/SampleTime.h"
#include "widgets/onsets/EditTool.h"

#include <map>
#include <vector>

namespace foley::core {
class TemporalMask;
}

namespace foley::widgets {

// One mask paint stroke in progress: the frames it touched and their new values, previewed by the editor and sent
// as one paint intent on release. Pencil raises frames to the pointer's level, the eraser lowers them, the range
// tool sets every frame between the press and the pointer to the pointer's level.
class MaskStroke {
public:
    MaskStroke() = default;

    // `stroke`: the gesture id every command of this stroke carries (one undo step).
    void begin(const core::TemporalMask& mask, EditTool tool, SampleTime t, double level, core::GestureId stroke);
    void extendTo(SampleTime t, double level);  // pencil/eraser: interpolates from the last point
    void cancel();

    bool isActive() const { return m_active; }
    core::GestureId strokeId() const { return m_stroke; }
    EditTool tool() const { return m_tool; }
    // The value frame `frame` shows while the stroke is on screen (the model's value when untouched).
    float valueAt(int frame, float modelValue) const;
    // The contiguous span the stroke touched, with unchanged frames inside it at the model's value.
    int firstFrame() const;
    std::vector<float> values() const;

private:
    int frameAt(SampleTime t) const;
    void touch(int frame, float level);
    void paintSegment(SampleTime from, double fromLevel, SampleTime to, double toLevel);
    void fillRange(SampleTime to, double level);

    bool m_active = false;
    EditTool m_tool = EditTool::Pencil;
    core::GestureId m_stroke = core::kInvalidId;
    Rational m_rate{25, 1};
    int m_frameCount = 0;
    std::vector<float> m_base;  // the mask's values when the stroke began
    std::map<int, float> m_touched;
    SampleTime m_anchor = 0;    // press time (range tool)
    SampleTime m_last = 0;
    double m_lastLevel = 0.0;
};

}  // namespace foley::widgets
