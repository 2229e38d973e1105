#pragma once

#include "core/dsp/GrayImage.h"

#include <vector>

namespace foley::dsp {

struct BlockMotionConfig {
    int blockSize = 8;          // working-resolution pixels
    int stride = 4;             // overlapping blocks: anything >= stride pixels wide lies in two of them
    int searchRadius = 16;      // largest displacement searched per frame, in pixels
    float minTexture = 5.0f;    // mean |gradient| (grey levels / pixel) a block needs to be measurable
    float minNoise = 1.5f;      // floor of the "static" threshold (mean absolute difference, grey levels)
    float noiseFactor = 2.5f;   // static threshold = max(minNoise, noiseFactor * 25th percentile of residuals)
    float matchSlack = 0.3f;    // a match is reliable when its residual <= threshold + matchSlack * texture
    float minDistinctness = 0.15f;  // and its cost pit is this round (weakest/strongest curvature): no edges
};

// The motion of one block of the centre frame: u = displacement from the previous frame to the centre,
// w = displacement from the centre to the next frame (pixels per frame, camera motion already removed).
struct BlockMeasurement {
    int x = 0;              // top-left corner in the centre frame
    int y = 0;
    float texture = 0;      // mean |gradient|
    float residualPrev = 0; // mean |difference| against the previous frame without local motion
    float residualNext = 0;
    float ux = 0, uy = 0;
    float wx = 0, wy = 0;
    // How much of the change the motion explains: 1 - matched residual / residual without motion
    // (1 for static blocks). Low values mean a doubtful match: mixed blocks, uncovered background.
    float confidencePrev = 1;
    float confidenceNext = 1;
    bool valid = false;     // both motions measured reliably
};

// Block matching between a centre frame and its (already camera-aligned, gain-matched) neighbours:
// blocks that do not change are static (zero motion, no search); the others are searched on a half-
// resolution pyramid level, refined by descent at full resolution and to sub-pixel precision with parabolas,
// and kept only if the best match explains the block (occlusions are dropped). A block only partly changed
// (a small object over a static background) is matched on its changed pixels only.
class BlockMotionAnalyzer {
public:
    explicit BlockMotionAnalyzer(const BlockMotionConfig& config = {}) : m_config(config) {}
    const BlockMotionConfig& config() const { return m_config; }

    std::vector<BlockMeasurement> analyze(const GrayImage& previous, const GrayImage& centre, const GrayImage& next);
    // The static threshold of the last analyze() (grey levels).
    float staticThreshold() const { return m_threshold; }
    // Grid layout of the last analyze(): blocks are stored row by row, columns() per row.
    int columns() const { return m_columns; }
    static constexpr int kMargin = 2;  // blocks start this far from the picture's edge
    int rows() const { return m_rows; }

private:
    struct Match {
        float dx = 0, dy = 0;
        float residual = 0;
        float distinctness = 1;  // 0 = a valley (edge, ramp: aperture problem), 1 = a round pit
    };
    struct ChangeMask {
        bool used = false;          // only when the block is partly changed; otherwise every pixel counts
        std::vector<float> full;    // blockSize² weights (1 = changed)
        std::vector<float> half;    // (blockSize/2)² weights for the coarse level
        float zeroResidual = 0;     // mean |difference| of the changed pixels without motion
    };
    ChangeMask changeMask(const GrayImage& reference, const GrayImage& centre, int bx, int by) const;
    Match match(const GrayImage& reference, const GrayImage& referenceHalf, const GrayImage& centre,
                const GrayImage& centreHalf, int bx, int by, const ChangeMask& mask) const;
    Match refine(const GrayImage& reference, const GrayImage& centre, int bx, int by, int startX, int startY,
                 const float* weights) const;
    float sad(const GrayImage& a, int ax, int ay, const GrayImage& b, int bx, int by, int size,
              const float* weights = nullptr) const;
    float subPixelSad(const GrayImage& reference, const GrayImage& centre, int bx, int by, float dx, float dy,
                      const float* weights) const;

    BlockMotionConfig m_config;
    float m_threshold = 0;
    int m_columns = 0;
    int m_rows = 0;
};

}  // namespace foley::dsp
