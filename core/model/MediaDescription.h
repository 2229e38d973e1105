#pragma once

#include "core/types/Rational.h"
#include "core/types/SampleTime.h"

#include <QString>

namespace foley::core {

// The source video as the project remembers it. The file facts (size, modification time) let a
// moved or changed file be detected; the probed facts are filled in by the app (core does not probe).
struct MediaDescription {
    static constexpr qint64 kUnknown = -1;

    QString path;                      // absolute in memory; stored relative to the project file
    qint64 sizeBytes = kUnknown;       // file size when the project last saw it
    qint64 modifiedMs = kUnknown;      // file modification time, UTC milliseconds since the epoch
    SampleTime duration = 0;           // probed: duration in samples at kProjectRate (0 = unknown)
    Rational fps{0, 1};                // probed: video frame rate (0/1 = unknown or audio-only)
    int width = 0;                     // probed: display size in pixels (0 = unknown)
    int height = 0;

    bool isEmpty() const { return path.isEmpty(); }

    friend bool operator==(const MediaDescription& a, const MediaDescription& b)
    {
        return a.path == b.path && a.sizeBytes == b.sizeBytes && a.modifiedMs == b.modifiedMs
            && a.duration == b.duration && a.fps.num == b.fps.num && a.fps.den == b.fps.den && a.width == b.width
            && a.height == b.height;
    }
    friend bool operator!=(const MediaDescription& a, const MediaDescription& b) { return !(a == b); }
};

}  // namespace foley::core
