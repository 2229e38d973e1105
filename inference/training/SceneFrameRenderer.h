#pragma once

#include "core/dsp/OnsetEvent.h"
#include "core/dsp/TemporalCondition.h"
#include "core/types/VideoFrame.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace foley::inference {

// The look of one procedurally rendered training scene: visible events cause the sounds. Objects fall and hit
// the floor exactly at the onsets (faster fall = stronger = louder); textures (fire, water) shimmer with the mask
// level; camera sway, lighting drift and a distractor that makes no sound keep the model from cheap cues.
struct SceneLook {
    int shape = 0;              // 0 ball, 1 box, 2 foot, 3 shard (class-dependent)
    double objectShade = 0.9;   // 0..1 gray level of the objects
    double backgroundShade = 0.2;
    double floorY = 0.75;       // fraction of the height
    double cameraSway = 0.03;   // fraction of the width
    double swayHz = 0.3;
    double lightDrift = 0.15;   // relative brightness change
    double distractorSpeed = 0.4;  // widths per second
    double distractorY = 0.3;
    double eventX = 0.5;
};

class SceneFrameRenderer {
public:
    static SceneLook randomLook(const std::string& soundClass, std::mt19937_64& rng);

    // Gray frames of size x size at `fps` covering `durationSeconds`.
    std::vector<VideoFrame> render(const SceneLook& look, const dsp::OnsetSecondsList& onsets, const dsp::SampledCurve& mask,
                                   double durationSeconds, int size, double fps, uint64_t seed) const;
};

}  // namespace foley::inference
