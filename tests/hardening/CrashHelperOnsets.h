#pragma once

#include "core/model/Onset.h"

namespace foley::test {

// What crash_helper writes, shared with the tests that check what survived.
inline constexpr int kSaveLoopBaseOnsets = 20000;  // a few MB of project, so a kill often lands inside a save

// `count` onsets spread evenly over [0, length) (all inside the video, so `check` passes).
inline core::OnsetSampleTimeList spreadOnsets(int count, SampleTime length)
{
    core::OnsetSampleTimeList onsets;
    for (int i = 0; i < count; ++i) {
        core::Onset onset;
        onset.id = static_cast<core::OnsetId>(i + 1);
        onset.time = length * i / count;
        onset.strength = 0.5;
        onsets.append(onset);
    }
    return onsets;
}

// The k-th edit of autosave-edits (k >= 1): an onset at k ms, labelled with k, so a recovered project shows which
// edits it kept.
inline core::Onset editOnset(int k)
{
    core::Onset onset;
    onset.time = secondsToSamples(k / 1000.0);
    onset.strength = 1.0;
    onset.label = QStringLiteral("edit %1").arg(k);
    return onset;
}

}  // namespace foley::test
