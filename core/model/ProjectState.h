#pragma once

#include "core/model/Caption.h"
#include "core/model/GenerationParameters.h"
#include "core/model/MediaDescription.h"
#include "core/model/Onset.h"
#include "core/model/Take.h"
#include "core/types/Rational.h"

#include <vector>

namespace foley::core {

// A value copy of everything a project holds (no undo history, no file path). The serializer
// reads and writes it; Project::state()/restoreState() convert; jobs get one as their snapshot.
struct ProjectState {
    MediaDescription media;
    Caption caption;
    QString negativePrompt;
    QString qualityTag = kDefaultQualityTag;
    CaptionSegmentList segments;
    OnsetSampleTimeList onsets;            // sorted by (time, id)
    Rational maskRate{25, 1};
    std::vector<float> maskValues;
    GenerationParameters settings;
    TakeVector takes;
    TakeId activeTake = kInvalidId;

    friend bool operator==(const ProjectState& a, const ProjectState& b)
    {
        return a.media == b.media && a.caption == b.caption && a.negativePrompt == b.negativePrompt
            && a.qualityTag == b.qualityTag && a.segments == b.segments && a.onsets == b.onsets
            && a.maskRate.num == b.maskRate.num && a.maskRate.den == b.maskRate.den && a.maskValues == b.maskValues
            && a.settings == b.settings && a.takes == b.takes && a.activeTake == b.activeTake;
    }
    friend bool operator!=(const ProjectState& a, const ProjectState& b) { return !(a == b); }
};

}  // namespace foley::core
