#pragma once

#include <QList>
#include <QString>

namespace foley::core {

// One onset as it appears in files people exchange (CSV, Audacity labels) and on the CLI:
// seconds, not sample frames.
struct OnsetRecord {
    double seconds = 0.0;   // >= 0
    double strength = 1.0;  // 0..1; files without a strength column give 1
    QString label;

    friend bool operator==(const OnsetRecord& a, const OnsetRecord& b)
    {
        return a.seconds == b.seconds && a.strength == b.strength && a.label == b.label;
    }
    friend bool operator!=(const OnsetRecord& a, const OnsetRecord& b) { return !(a == b); }
};

using OnsetRecordList = QList<OnsetRecord>;

}  // namespace foley::core
