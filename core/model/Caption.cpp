#include "core/model/Caption.h"

#include <algorithm>

namespace foley::core {

QString captionOriginName(CaptionOrigin origin)
{
    switch (origin) {
    case CaptionOrigin::Mllm: return QStringLiteral("mllm");
    case CaptionOrigin::Detector: return QStringLiteral("detector");
    case CaptionOrigin::User: return QStringLiteral("user");
    }
    return QStringLiteral("user");
}

std::optional<CaptionOrigin> captionOriginFromName(const QString& name)
{
    if (name == QLatin1String("mllm")) return CaptionOrigin::Mllm;
    if (name == QLatin1String("detector")) return CaptionOrigin::Detector;
    if (name == QLatin1String("user")) return CaptionOrigin::User;
    return std::nullopt;
}

CaptionSegment CaptionSegment::normalized() const
{
    CaptionSegment s = *this;
    if (s.end < s.start) std::swap(s.start, s.end);
    s.start = std::max<SampleTime>(0, s.start);
    s.end = std::max(s.end, s.start + 1);
    return s;
}

}  // namespace foley::core
