#include "core/model/Onset.h"

#include <algorithm>
#include <cmath>

namespace foley::core {

QString onsetOriginName(OnsetOrigin origin)
{
    switch (origin) {
    case OnsetOrigin::Detected: return QStringLiteral("detected");
    case OnsetOrigin::Manual: return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

std::optional<OnsetOrigin> onsetOriginFromName(const QString& name)
{
    if (name == QLatin1String("detected")) return OnsetOrigin::Detected;
    if (name == QLatin1String("manual")) return OnsetOrigin::Manual;
    return std::nullopt;
}

Onset Onset::normalized() const
{
    Onset o = *this;
    o.time = std::max<SampleTime>(0, o.time);
    o.strength = std::isnan(o.strength) ? 0.0 : std::clamp(o.strength, 0.0, 1.0);
    return o;
}

}  // namespace foley::core
