#pragma once

#include "core/types/SampleTime.h"

#include <QMetaType>

namespace foley::core {

// A time span [start, end) in project sample frames; empty when end <= start.
struct SampleTimeRange {
    SampleTime start = 0;
    SampleTime end = 0;
    bool isEmpty() const { return end <= start; }
    SampleTime length() const { return end > start ? end - start : 0; }
    bool contains(SampleTime t) const { return t >= start && t < end; }
    friend bool operator==(const SampleTimeRange& a, const SampleTimeRange& b) { return a.start == b.start && a.end == b.end; }
    friend bool operator!=(const SampleTimeRange& a, const SampleTimeRange& b) { return !(a == b); }
};

}  // namespace foley::core

Q_DECLARE_METATYPE(foley::core::SampleTimeRange)
