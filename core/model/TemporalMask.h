#pragma once

#include "core/types/Rational.h"
#include "core/types/SampleTime.h"

#include <QObject>

#include <vector>

namespace foley::core {

// The temporal mask: a per-frame probability curve (0..1) that says when, and how strongly,
// sustained sounds happen (FoleyMaster-style). Frames are at a fixed rate (default 25 fps; the
// app may set the video's frame rate) and the length follows the media duration.
// Frame i covers [frameStart(i), frameStart(i + 1)). Unpainted frames are 0.
// setRange/reset are for commands (core/commands/MaskCommands.h) and the loader only.
class TemporalMask : public QObject {
    Q_OBJECT

public:
    static constexpr Rational kDefaultRate{25, 1};

    explicit TemporalMask(QObject* parent = nullptr);

    Rational rate() const { return m_rate; }  // frames per second, always valid
    int frameCount() const { return static_cast<int>(m_values.size()); }
    const std::vector<float>& values() const { return m_values; }
    float value(int frame) const;  // 0 outside the curve
    // Values of frames [firstFrame, firstFrame + count), clipped to the curve.
    std::vector<float> range(int firstFrame, int count) const;

    SampleTime frameStart(int frame) const { return videoFrameToSamples(frame, m_rate); }
    int frameAt(SampleTime time) const;  // frame containing `time` (may be outside the curve)
    // Frames needed to cover `duration` samples at `rate` (rounded up).
    static int frameCountFor(SampleTime duration, Rational rate);

    // --- Mutators: commands, the loader and the app when media is (re)probed. ---
    // Sets frames [firstFrame, firstFrame + values.size()) clipped to the curve; values are clamped
    // to 0..1 (NaN -> 0). Emits maskChanged(first, last) for the clipped span if anything changed.
    void setRange(int firstFrame, const std::vector<float>& values);
    // Replaces rate and values (clamped); emits maskReset(). An invalid rate falls back to kDefaultRate.
    void reset(Rational rate, std::vector<float> values);
    // Follows the media: resamples the curve onto `rate` by frame time and sets the length for
    // `duration` (new frames are 0). Emits maskReset() if anything changed.
    void conformTo(SampleTime duration, Rational rate);

signals:
    void maskChanged(int firstFrame, int lastFrame);  // inclusive frame span
    void maskReset();

private:
    Rational m_rate = kDefaultRate;
    std::vector<float> m_values;
};

}  // namespace foley::core
