#pragma once

#include <memory>
#include <string>
#include <vector>

namespace foley::widgets {

// What the spectrogram view draws: the same spectrogram at several time resolutions (level k has
// ceil(frames0 / 2^k) frames, each the max of two frames of level k-1), so any zoom reads about one frame per
// pixel and an hour of audio scrolls without recomputation. Values are dB (or log-magnitude), row-major by frame.
struct SpectrogramLevels {
    int bins = 0;
    double frameRate = 100.0;      // level-0 frames per second
    double frameOffsetSeconds = 0; // time of frame 0's centre
    bool melScale = true;          // bins are mel bands (else linear frequency up to maxHz)
    double maxHz = 8000.0;
    float floorDb = -80.0f;        // value range used for the colour scale
    float ceilingDb = 0.0f;
    std::vector<std::vector<float>> levels;

    int frames(int level) const { return bins > 0 ? static_cast<int>(levels[static_cast<size_t>(level)].size()) / bins : 0; }
    int levelCount() const { return static_cast<int>(levels.size()); }
    float value(int level, int frame, int bin) const
    {
        return levels[static_cast<size_t>(level)][static_cast<size_t>(frame) * static_cast<size_t>(bins) + static_cast<size_t>(bin)];
    }

    // Builds levels 1..n from level 0 (max-pooling pairs of frames) until a level has ≤ minFrames frames.
    void buildPyramid(int minFrames = 256);
};

using SpectrogramLevelsPtr = std::shared_ptr<const SpectrogramLevels>;

}  // namespace foley::widgets
