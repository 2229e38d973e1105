#pragma once

#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

namespace foley::app::captioning {

inline constexpr int kKeyframeMaxSidePx = 512;  // vision encoders of small models work at about this size

// One still sent to the model: a JPEG no larger than kKeyframeMaxSidePx on its long side.
struct Keyframe {
    double timeSeconds = 0;  // on the media timeline
    QSize sizePx;
    QByteArray jpeg;
};

// The part of the video to describe; endSeconds <= startSeconds means "to the end".
struct KeyframeSpan {
    double startSeconds = 0;
    double endSeconds = 0;
};

// `count` keyframes spread evenly over the span, plus the first frame of every shot that none of them falls in, so
// each shot is seen at least once (ShotCutDetector); at most CaptioningSettings::kMaxKeyframeCount in all, sorted by
// time. Decodes off the UI thread; progress and cancel through `control`.
// Errors: the reader's (not a video, no video stream), MediaDecodeFailed when no frame decodes, Cancelled.
Result<QList<Keyframe>> selectKeyframes(const QString& videoPath, int count, const KeyframeSpan& span,
                                        RunControl& control);

// "data:image/jpeg;base64,…", the form chat-completions servers accept in image_url parts.
QString keyframeDataUrl(const Keyframe& keyframe);

}  // namespace foley::app::captioning
