#pragma once

#include "core/types/SampleTime.h"

#include <QString>

#include <optional>

namespace foley::widgets {

// Times as people type them in tables: "1.25", "1.25 s", "0:01.250" or "1:02:03.5" → sample frames.
class TimeText {
public:
    static std::optional<SampleTime> parse(const QString& text);  // nullopt when unreadable or negative
};

}  // namespace foley::widgets
