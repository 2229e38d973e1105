#include "core/model/TemporalMask.h"

#include <algorithm>
#include <cmath>

namespace foley::core {

namespace {

float clampUnit(float v)
{
    return std::isnan(v) ? 0.0f : std::clamp(v, 0.0f, 1.0f);
}

Rational validRate(Rational rate)
{
    return (rate.isValid() && rate.num > 0 && rate.den > 0) ? rate.reduced() : TemporalMask::kDefaultRate;
}

}  // namespace

TemporalMask::TemporalMask(QObject* parent) : QObject(parent) {}

float TemporalMask::value(int frame) const
{
    return (frame >= 0 && frame < frameCount()) ? m_values[static_cast<size_t>(frame)] : 0.0f;
}

std::vector<float> TemporalMask::range(int firstFrame, int count) const
{
    const int first = std::max(0, firstFrame);
    const int last = std::min(frameCount(), firstFrame + std::max(0, count));
    if (last <= first) return {};
    return std::vector<float>(m_values.begin() + first, m_values.begin() + last);
}

int TemporalMask::frameAt(SampleTime time) const
{
    return static_cast<int>(samplesToVideoFrame(time, m_rate));
}

int TemporalMask::frameCountFor(SampleTime duration, Rational rate)
{
    const Rational r = validRate(rate);
    if (duration <= 0) return 0;
    const int64_t num = duration * r.num;
    const int64_t den = static_cast<int64_t>(kProjectRate) * r.den;
    return static_cast<int>((num + den - 1) / den);
}

void TemporalMask::setRange(int firstFrame, const std::vector<float>& values)
{
    const int64_t end = std::min<int64_t>(frameCount(), static_cast<int64_t>(firstFrame) + static_cast<int64_t>(values.size()));
    const int first = std::max(0, firstFrame);
    int changedFirst = -1;
    int changedLast = -1;
    for (int frame = first; frame < end; ++frame) {
        const float v = clampUnit(values[static_cast<size_t>(frame - firstFrame)]);
        float& slot = m_values[static_cast<size_t>(frame)];
        if (slot == v) continue;
        slot = v;
        if (changedFirst < 0) changedFirst = frame;
        changedLast = frame;
    }
    if (changedFirst >= 0) emit maskChanged(changedFirst, changedLast);
}

void TemporalMask::reset(Rational rate, std::vector<float> values)
{
    for (float& v : values) v = clampUnit(v);
    m_rate = validRate(rate);
    m_values = std::move(values);
    emit maskReset();
}

void TemporalMask::conformTo(SampleTime duration, Rational rate)
{
    const Rational newRate = validRate(rate);
    const int newCount = frameCountFor(duration, newRate);
    if (newRate == m_rate && newCount == frameCount()) return;
    std::vector<float> resampled(static_cast<size_t>(newCount), 0.0f);
    for (int frame = 0; frame < newCount; ++frame) {
        // Sample the old curve at the middle of the new frame, so rates that differ slightly
        // (25 vs 24000/1001) keep every painted span where it was in time.
        const SampleTime mid = (videoFrameToSamples(frame, newRate) + videoFrameToSamples(frame + 1, newRate)) / 2;
        resampled[static_cast<size_t>(frame)] = value(frameAt(mid));
    }
    m_rate = newRate;
    m_values = std::move(resampled);
    emit maskReset();
}

}  // namespace foley::core
