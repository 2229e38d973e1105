#pragma once

#include "core/dsp/BlockMotionAnalyzer.h"
#include "core/dsp/GrayImage.h"
#include "core/dsp/OnsetEvent.h"
#include "core/dsp/CameraMotionEstimator.h"
#include "core/dsp/ShotCutDetector.h"
#include "core/types/Result.h"
#include "core/types/VideoFrame.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace foley::dsp {

struct VisualOnsetConfig {
    int targetWidth = 160;            // frames are box-downscaled by an integer factor to about this width
    double fallbackFrameRate = 25.0;  // used when the frames' timestamps do not increase
    BlockMotionConfig blocks;
    ShotCutConfig cuts;
    // Speeds are in pixels per frame of a 160-pixel-wide picture, whatever the input size.
    double minSpeed = 1.0;            // content slower than this cannot "stop"
    double abruptness = 0.5;          // a block must lose at least this fraction of its speed in one frame
    double minConfidence = 0.6;       // a block's arrival/departure match must explain this much of its change
    int consensusBlocks = 2;          // blocks of a 3x3 neighbourhood (stride 4 px) that must show the loss, and at
                                      // least half of the neighbourhood's moving blocks
    double impactCentre = 2.5;        // lost speed at which the probability is 0.5
    double impactSlope = 0.6;         // sigmoid width (lost speed per e-fold)
    double baselineSeconds = 1.0;     // half-window of the moving lower quartile removed from the impact score
    int cutGuardFrames = 2;           // no onsets from the frame before a cut to this many frames after it
    double threshold = 0.5;           // probability a peak needs to become an onset
    double minIntervalSeconds = 0.07;
};

// What the detector measured on one frame (diagnostics, and the GUI's optional overlays).
struct VisualFrameFeatures {
    double seconds = 0;
    double shiftX = 0, shiftY = 0;    // camera translation from the previous frame (working pixels)
    double shiftPeak = 0;             // phase-correlation confidence
    double motionEnergy = 0;          // mean residual change of textured blocks beyond the static threshold
    double impact = 0;                // lost speed (see VisualOnsetConfig units), after consensus: the max of the
                                      // one-frame loss and the two-frame losses centred on this frame
    double lossOneFrame = 0;          // u → w at this frame
    double lossTwoFrames = 0;         // previous arrival u' → w (centred half a frame before this frame)
    double histogramDistance = 0;
    double correlation = 1;
    bool cut = false;                 // a hard cut between the previous frame and this one
    int measuredBlocks = 0;
};

struct VisualOnsetResult {
    std::vector<double> frameTimes;   // one per pushed frame
    std::vector<float> probability;   // per-frame probability that a sound-producing event happens, in [0, 1]
    OnsetSecondsList onsets;                 // peak-picked events, strength = probability at the peak
    std::vector<VisualFrameFeatures> frames;
    std::vector<int64_t> cuts;        // indices of frames that start a new shot
};

// The visual "time detector": a per-frame probability of a sound-producing event and peak-picked onsets,
// from a stream of decoded frames (Gray8 or Rgb24, any size; 160x90 to 320x180 is plenty).
//
// For each frame, with its neighbours aligned on it (camera translation from phase correlation, grey levels
// matched for fades), overlapping 8x8 blocks are matched backwards and forwards (BlockMotionAnalyzer):
// u = how the block's content arrived, w = how it leaves. An impact is a sudden loss of velocity along the
// incoming direction, lost = |u| - u.w/|u| (a stop loses |u|, a bounce more), counted when it is at least half
// of |u| and the arrival is confirmed by the previous frame (its block there left with w' ≈ u); smooth
// gravity, constant motion, starts and uncovered background lose nothing. The frame score is the largest lost
// speed shared by enough blocks of a 3x3 neighbourhood (see consensusBlocks); minus a moving lower quartile, through a sigmoid, it is the probability curve.
// Hard cuts (ShotCutDetector) zero the frames around them: a cut is not an onset.
//
// Streaming: push() frames in order; finish() returns the curve and onsets. Not thread-safe.
class VisualOnsetDetector {
public:
    explicit VisualOnsetDetector(const VisualOnsetConfig& config = {});
    ~VisualOnsetDetector();

    const VisualOnsetConfig& config() const { return m_config; }
    // InvalidArgument for an empty frame or one whose size differs from the first frame's.
    Status push(const VideoFrame& frame);
    int64_t framesPushed() const { return static_cast<int64_t>(m_features.size()); }
    VisualOnsetResult finish() const;
    void reset();

private:
    // The blocks of one analysed frame, kept for the next frame's consistency check.
    struct BlockField {
        std::vector<BlockMeasurement> blocks;
        int columns = 0;
        int rows = 0;
        const BlockMeasurement* near(double x, double y, int stride, int margin) const;
    };

    void analyzeCentre();
    // Consensus scores of the one-frame and two-frame losses.
    std::pair<double, double> impactScores(const BlockField& field) const;
    struct BlockLoss {
        double oneFrame = 0;
        double twoFrames = 0;
        bool measured = false;  // moving, confidently matched, arrival confirmed by the previous frame
    };
    BlockLoss blockLoss(const BlockMeasurement& block, double scale) const;
    double consensus(const std::vector<double>& lost, const std::vector<char>& measured, int columns, int rows) const;
    double assignTimes(VisualOnsetResult& result) const;  // returns the frame rate
    std::vector<float> probabilityOf(const std::vector<double>& impact, double frameRate) const;
    OnsetSecondsList pickOnsets(const std::vector<float>& probability, const std::vector<double>& oneFrame,
                         const std::vector<double>& twoFrames, const std::vector<double>& times, double frameRate) const;

    VisualOnsetConfig m_config;
    int m_factor = 0;
    int m_frameWidth = 0, m_frameHeight = 0;
    std::unique_ptr<CameraMotionEstimator> m_camera;
    ShotCutDetector m_cuts;
    BlockMotionAnalyzer m_blocks;
    std::deque<GrayImage> m_images;   // the last three working images
    BlockField m_previousField;       // blocks of the previously analysed frame (empty after a gap or cut)
    std::vector<VisualFrameFeatures> m_features;
    std::vector<double> m_rawTimes;
};

}  // namespace foley::dsp
