#pragma once

#include "core/model/Ids.h"
#include "core/types/SampleTime.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace foley::core {

// The quality tag a new project starts with (appended to prompts, as the seed papers do).
inline const QString kDefaultQualityTag = QStringLiteral("high quality");

// Who wrote a caption: a multimodal LLM, the sound-event detector, or the user.
enum class CaptionOrigin { Mllm, Detector, User };

QString captionOriginName(CaptionOrigin origin);                          // "mllm" | "detector" | "user"
std::optional<CaptionOrigin> captionOriginFromName(const QString& name);  // nullopt if unknown

// Which model wrote a caption, on which server and when (empty unless a model's answer was accepted); the origin
// badge shows it. Optional in the project file, so files without it load and older builds ignore it.
struct CaptionSource {
    QString model;   // the model name the server was asked for
    QString server;  // the endpoint's base URL
    QDateTime time;  // when the answer was accepted (UTC)

    bool isEmpty() const { return model.isEmpty() && server.isEmpty() && !time.isValid(); }
    friend bool operator==(const CaptionSource& a, const CaptionSource& b)
    {
        return a.model == b.model && a.server == b.server && a.time == b.time;
    }
    friend bool operator!=(const CaptionSource& a, const CaptionSource& b) { return !(a == b); }
};

// The global description of the sound.
struct Caption {
    QString text;
    CaptionOrigin origin = CaptionOrigin::User;
    CaptionSource source = {};  // set only with origin Mllm from a captioning server

    friend bool operator==(const Caption& a, const Caption& b)
    {
        return a.text == b.text && a.origin == b.origin && a.source == b.source;
    }
    friend bool operator!=(const Caption& a, const Caption& b) { return !(a == b); }
};

// A caption that applies to [start, end) only (e.g. "glass breaks" over one second).
struct CaptionSegment {
    SegmentId id = kInvalidId;
    SampleTime start = 0;  // sample frames at kProjectRate, >= 0
    SampleTime end = 0;    // > start after normalization
    QString text;
    CaptionOrigin origin = CaptionOrigin::User;

    // start >= 0 and start < end (swapped if reversed; an empty span gets one sample).
    CaptionSegment normalized() const;

    friend bool operator==(const CaptionSegment& a, const CaptionSegment& b)
    {
        return a.id == b.id && a.start == b.start && a.end == b.end && a.text == b.text && a.origin == b.origin;
    }
    friend bool operator!=(const CaptionSegment& a, const CaptionSegment& b) { return !(a == b); }
};

using CaptionSegmentList = QList<CaptionSegment>;

}  // namespace foley::core
