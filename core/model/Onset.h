#pragma once

#include "core/model/Ids.h"
#include "core/types/SampleTime.h"

#include <QList>
#include <QString>

#include <optional>

namespace foley::core {

// Where an onset came from: the detector's proposal or the user's hand.
enum class OnsetOrigin { Detected, Manual };

QString onsetOriginName(OnsetOrigin origin);                          // "detected" | "manual"
std::optional<OnsetOrigin> onsetOriginFromName(const QString& name);  // nullopt if unknown

// One discrete sound event: what the user taps, drags and labels.
struct Onset {
    OnsetId id = kInvalidId;
    SampleTime time = 0;    // sample frames at kProjectRate, >= 0
    double strength = 1.0;  // 0..1, drawn as marker height
    QString label;          // optional, e.g. "left foot"
    OnsetOrigin origin = OnsetOrigin::Manual;
    QString recording = {};  // a recording the user chose for this event (absolute path); empty = each take chooses

    // The same onset with time clamped to >= 0 and strength to 0..1 (NaN becomes 0).
    Onset normalized() const;

    friend bool operator==(const Onset& a, const Onset& b)
    {
        return a.id == b.id && a.time == b.time && a.strength == b.strength && a.label == b.label
            && a.origin == b.origin && a.recording == b.recording;
    }
    friend bool operator!=(const Onset& a, const Onset& b) { return !(a == b); }
};

using OnsetSampleTimeList = QList<Onset>;

}  // namespace foley::core
