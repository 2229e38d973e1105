#pragma once

#include "core/dsp/OnsetEvent.h"
#include "core/dsp/TemporalCondition.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/VideoFrame.h"
#include "inference/retrieval/SoundLibrary.h"

#include <string>
#include <vector>

namespace foley::inference {

// One rendered training (or evaluation) scene: audio caused by visible events at known onsets and strengths,
// the caption an MLLM would write, a negative prompt, the frames, and a reference recording of the same class.
struct TrainingScene {
    std::string soundClass;
    dsp::OnsetSecondsList onsets;
    dsp::SampledCurve mask;
    AudioBuffer audio;      // 16 kHz mono
    AudioBuffer reference;  // another recording of the class
    std::string caption;
    std::string negative;
    std::vector<VideoFrame> frames;  // gray, frameSize x frameSize at 25 fps; empty when frameSize == 0
};

struct SceneOptions {
    double durationSeconds = 2.56;
    int frameSize = 64;
    double fps = 25.0;
    int minClipsPerClass = 4;  // classes with fewer clips in the library are not sampled
    double roomToneMinDb = -85.0;  // room tone level range (RMS dBFS) ...
    double roomToneMaxDb = -50.0;
    double dryProbability = 0.25;  // ... or none at all (dry foley, as retrieval composes it)
};

// Samples scenes from the clips of a SoundLibrary (one split): balanced over classes, 1-6 events per event scene,
// a mask span for textures, random room tone, and the look of the video.
class SceneSampler {
public:
    SceneSampler(const SoundLibrary& library, SceneOptions options);
    const std::vector<std::string>& classes() const { return m_classes; }
    Result<TrainingScene> sample(uint64_t seed) const;
    Result<TrainingScene> sample(const std::string& soundClass, uint64_t seed) const;

private:
    const SoundLibrary& m_library;
    SceneOptions m_options;
    std::vector<std::string> m_classes;
};

}  // namespace foley::inference
