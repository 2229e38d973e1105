#include "core/dsp/VisualOnsetDetector.h"

#include "core/dsp/PeakPicker.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace foley::dsp {

namespace {

constexpr double kReferenceWidth = 160.0;
constexpr double kMinContrast = 1.0;  // grey-level standard deviation below which a frame is flat

// Scales `image` so its mean and standard deviation match (mean, deviation): fades and flashes cancel out.
bool matchContrast(GrayImage& image, double mean, double deviation)
{
    const double m = image.mean();
    const double s = image.standardDeviation(m);
    if (s < kMinContrast || deviation < kMinContrast) return false;
    const double gain = std::clamp(deviation / s, 0.25, 4.0);
    image.applyGain(static_cast<float>(gain), static_cast<float>(mean - gain * m));
    return true;
}

// Lower quartile of values[centre - halfWindow, centre + halfWindow]: the level of "nothing happening",
// which a run of real impacts does not raise the way a median would.
double movingBaseline(const std::vector<double>& values, size_t centre, size_t halfWindow)
{
    const size_t from = centre > halfWindow ? centre - halfWindow : 0;
    const size_t to = std::min(values.size(), centre + halfWindow + 1);
    std::vector<double> window(values.begin() + static_cast<std::ptrdiff_t>(from), values.begin() + static_cast<std::ptrdiff_t>(to));
    auto quartile = window.begin() + static_cast<std::ptrdiff_t>(window.size() / 4);
    std::nth_element(window.begin(), quartile, window.end());
    return *quartile;
}

}  // namespace

VisualOnsetDetector::VisualOnsetDetector(const VisualOnsetConfig& config)
    : m_config(config)
    , m_cuts(config.cuts)
    , m_blocks(config.blocks)
{
}

VisualOnsetDetector::~VisualOnsetDetector() = default;

void VisualOnsetDetector::reset()
{
    m_factor = 0;
    m_frameWidth = m_frameHeight = 0;
    m_camera.reset();
    m_cuts.reset();
    m_images.clear();
    m_previousField = BlockField();
    m_features.clear();
    m_rawTimes.clear();
}

Status VisualOnsetDetector::push(const VideoFrame& frame)
{
    if (frame.width <= 0 || frame.height <= 0 || frame.pixels.size() < frame.stride() * static_cast<size_t>(frame.height))
        return makeError(ErrorCode::InvalidArgument, "visual onset detection got an empty or truncated frame");
    if (m_factor == 0) {
        m_frameWidth = frame.width;
        m_frameHeight = frame.height;
        m_factor = std::max(1, static_cast<int>(std::lround(static_cast<double>(frame.width) / std::max(16, m_config.targetWidth))));
    } else if (frame.width != m_frameWidth || frame.height != m_frameHeight) {
        return makeError(ErrorCode::InvalidArgument,
                         "frame size changed from " + std::to_string(m_frameWidth) + "x" + std::to_string(m_frameHeight)
                             + " to " + std::to_string(frame.width) + "x" + std::to_string(frame.height));
    }
    GrayImage image = GrayImage::fromFrame(frame, m_factor);
    if (image.width() < m_config.blocks.blockSize + 8 || image.height() < m_config.blocks.blockSize + 8)
        return makeError(ErrorCode::InvalidArgument, "frame too small for visual onset detection");
    if (!m_camera) m_camera = std::make_unique<CameraMotionEstimator>(image.width(), image.height());

    VisualFrameFeatures features;
    features.seconds = frame.timeSeconds;
    const GlobalShift shift = m_camera->push(image);
    features.shiftX = shift.dx;
    features.shiftY = shift.dy;
    features.shiftPeak = shift.peak;
    GrayImage previousAligned;
    if (!m_images.empty()) previousAligned = m_images.back().shifted(-shift.dx, -shift.dy);
    const CutDecision cut = m_cuts.push(m_images.empty() ? nullptr : &previousAligned, image);
    features.histogramDistance = cut.histogramDistance;
    features.correlation = cut.correlation;
    features.cut = cut.cut;
    m_features.push_back(features);
    m_rawTimes.push_back(frame.timeSeconds);
    m_images.push_back(std::move(image));
    if (m_images.size() > 3) m_images.pop_front();
    if (m_images.size() == 3) analyzeCentre();
    return okStatus();
}

void VisualOnsetDetector::analyzeCentre()
{
    const size_t centreIndex = m_features.size() - 2;
    VisualFrameFeatures& centre = m_features[centreIndex];
    const VisualFrameFeatures& next = m_features.back();
    if (centre.cut || next.cut) {  // the triple spans two shots: nothing to measure
        m_previousField = BlockField();
        return;
    }
    // Bring both neighbours onto the centre frame: camera translation, then grey-level gain.
    GrayImage previous = m_images[0].shifted(-centre.shiftX, -centre.shiftY);
    GrayImage following = m_images[2].shifted(next.shiftX, next.shiftY);
    const GrayImage& middle = m_images[1];
    const double mean = middle.mean();
    const double deviation = middle.standardDeviation(mean);
    if (!matchContrast(previous, mean, deviation) || !matchContrast(following, mean, deviation)) {
        m_previousField = BlockField();
        return;
    }

    BlockField field;
    field.blocks = m_blocks.analyze(previous, middle, following);
    field.columns = m_blocks.columns();
    field.rows = m_blocks.rows();
    const std::vector<BlockMeasurement>& blocks = field.blocks;
    double energy = 0;
    int textured = 0;
    for (const BlockMeasurement& b : blocks) {
        if (b.texture < m_config.blocks.minTexture) continue;
        ++textured;
        energy += std::max(0.0f, b.residualPrev - m_blocks.staticThreshold());
        centre.measuredBlocks += b.valid ? 1 : 0;
    }
    centre.motionEnergy = textured ? energy / textured : 0.0;
    const auto [one, two] = impactScores(field);
    centre.lossOneFrame = one;
    centre.lossTwoFrames = two;
    m_previousField = std::move(field);
}

const BlockMeasurement* VisualOnsetDetector::BlockField::near(double x, double y, int stride, int margin) const
{
    const int c = static_cast<int>(std::lround((x - margin) / stride));
    const int r = static_cast<int>(std::lround((y - margin) / stride));
    if (c < 0 || r < 0 || c >= columns || r >= rows) return nullptr;
    return &blocks[static_cast<size_t>(r) * static_cast<size_t>(columns) + static_cast<size_t>(c)];
}

VisualOnsetDetector::BlockLoss VisualOnsetDetector::blockLoss(const BlockMeasurement& b, double scale) const
{
    const double speed = std::hypot(b.ux, b.uy) * scale;
    if (speed < m_config.minSpeed) return {};
    // Doubtful matches (mixed blocks, uncovered background) do not count. A departure of almost zero is a stop:
    // its match ratio is noise over noise, so instead the block must really be still afterwards (the matched
    // residual within twice the static threshold plus what sub-pixel interpolation of its texture costs), not a
    // moving thing the search failed to follow.
    const bool departs = std::hypot(b.wx, b.wy) * scale >= m_config.minSpeed;
    const double leftOver = b.residualNext * (1.0 - b.confidenceNext);
    const bool departureOk = departs ? b.confidenceNext >= m_config.minConfidence
                                     : b.confidenceNext >= m_config.minConfidence || leftOver <= 2.0 * m_blocks.staticThreshold() + 0.15 * b.texture;
    if (b.confidencePrev < m_config.minConfidence || !departureOk) return {};
    // The arrival must be confirmed by the previous frame: the content now at (x, y) was at (x, y) - u there
    // and left it with w' ≈ u. Uncovered background matched by chance (disocclusion) fails this.
    const BlockMeasurement* before = m_previousField.near(b.x - static_cast<double>(b.ux), b.y - static_cast<double>(b.uy),
                                                          std::max(1, m_blocks.config().stride), BlockMotionAnalyzer::kMargin);
    if (!before || !before->valid || before->confidenceNext < m_config.minConfidence) return {};
    const double mismatch = std::hypot(before->wx - b.ux, before->wy - b.uy) * scale;
    if (mismatch > std::max(1.0, 0.3 * speed)) return {};
    auto lossAlong = [&](double ax, double ay, double bx, double by) {
        const double incoming = std::hypot(ax, ay) * scale;
        if (incoming < m_config.minSpeed) return 0.0;
        const double kept = (ax * bx + ay * by) * scale * scale / incoming;
        const double loss = incoming - kept;
        return loss >= m_config.abruptness * incoming ? loss : 0.0;
    };
    // One frame (u → w) and two frames (the previous arrival u' → w): an impact between frames splits its
    // velocity change over two measurements, the longer baseline sees all of it.
    const double twoFrames = before->confidencePrev >= m_config.minConfidence ? lossAlong(before->ux, before->uy, b.wx, b.wy) : 0.0;
    return {lossAlong(b.ux, b.uy, b.wx, b.wy), twoFrames, true};
}

std::pair<double, double> VisualOnsetDetector::impactScores(const BlockField& field) const
{
    const double scale = kReferenceWidth / static_cast<double>(m_images[1].width());
    std::vector<double> one(field.blocks.size(), 0.0), two(field.blocks.size(), 0.0);
    std::vector<char> measured(field.blocks.size(), 0);
    for (size_t i = 0; i < field.blocks.size(); ++i) {
        if (!field.blocks[i].valid) continue;
        const BlockLoss loss = blockLoss(field.blocks[i], scale);
        one[i] = loss.oneFrame;
        two[i] = loss.twoFrames;
        measured[i] = loss.measured ? 1 : 0;
    }
    return {consensus(one, measured, field.columns, field.rows), consensus(two, measured, field.columns, field.rows)};
}

double VisualOnsetDetector::consensus(const std::vector<double>& lost, const std::vector<char>& measured, int columns,
                                      int rows) const
{
    // Around each block, the loss that k blocks of its 3x3 neighbourhood share, k being consensusBlocks or a strict majority of
    // the neighbourhood's measured moving blocks if more: a thing must show its loss in several overlapping blocks and in
    // most of its own, so single mismatched blocks drop out while a small ball covered by two blocks still counts.
    double score = 0;
    std::vector<double> neighbourhood;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            if (lost[static_cast<size_t>(r) * columns + c] <= score) continue;
            neighbourhood.clear();
            size_t movers = 0;
            for (int rr = std::max(0, r - 1); rr <= std::min(rows - 1, r + 1); ++rr)
                for (int cc = std::max(0, c - 1); cc <= std::min(columns - 1, c + 1); ++cc) {
                    const size_t index = static_cast<size_t>(rr) * columns + cc;
                    neighbourhood.push_back(lost[index]);
                    movers += measured[index] ? 1 : 0;
                }
            const size_t k = std::max(static_cast<size_t>(std::clamp(m_config.consensusBlocks, 1, 9)), movers / 2 + 1);
            if (neighbourhood.size() < k) continue;
            std::nth_element(neighbourhood.begin(), neighbourhood.begin() + static_cast<std::ptrdiff_t>(k - 1), neighbourhood.end(),
                             std::greater<double>());
            score = std::max(score, neighbourhood[k - 1]);
        }
    return score;
}

double VisualOnsetDetector::assignTimes(VisualOnsetResult& result) const
{
    // The frames' own timestamps when they increase, else the fallback rate.
    const size_t n = m_rawTimes.size();
    bool increasing = true;
    for (size_t i = 1; i < n; ++i) increasing = increasing && m_rawTimes[i] > m_rawTimes[i - 1];
    for (size_t i = 0; i < n; ++i) {
        result.frameTimes.push_back(increasing ? m_rawTimes[i] : static_cast<double>(i) / m_config.fallbackFrameRate);
        result.frames[i].seconds = result.frameTimes.back();
    }
    if (n < 2) return m_config.fallbackFrameRate;
    return static_cast<double>(n - 1) / std::max(1e-9, result.frameTimes.back() - result.frameTimes.front());
}

std::vector<float> VisualOnsetDetector::probabilityOf(const std::vector<double>& impact, double frameRate) const
{
    const size_t halfWindow = static_cast<size_t>(std::max(1.0, m_config.baselineSeconds * frameRate));
    std::vector<float> probability(impact.size());
    for (size_t i = 0; i < impact.size(); ++i) {
        const double excess = impact[i] - movingBaseline(impact, i, halfWindow);
        probability[i] = static_cast<float>(1.0 / (1.0 + std::exp(-(excess - m_config.impactCentre) / m_config.impactSlope)));
    }
    return probability;
}

OnsetSecondsList VisualOnsetDetector::pickOnsets(const std::vector<float>& probability, const std::vector<double>& oneFrame,
                                          const std::vector<double>& twoFrames, const std::vector<double>& times,
                                          double frameRate) const
{
    PeakPickerConfig peaks;
    peaks.preMaxSeconds = peaks.postMaxSeconds = 1.0 / frameRate;
    peaks.preAvgSeconds = peaks.postAvgSeconds = 0.0;
    peaks.delta = 0.0;
    peaks.minValue = m_config.threshold;
    peaks.minIntervalSeconds = m_config.minIntervalSeconds;
    const size_t n = probability.size();
    OnsetSecondsList onsets;
    for (const Peak& peak : PeakPicker(peaks).pick(probability, frameRate)) {
        // Sub-frame timing: centroid of the one-frame losses around the peak (the two-frame loss is centred half
        // a frame early, so it decides *whether* but not exactly *when*).
        const size_t i = static_cast<size_t>(peak.index);
        double offset = 0;
        if (twoFrames[i] > oneFrame[i]) {
            offset = -0.5;  // only the two-frame loss saw it: the change happened between the previous frame and this one
        } else if (i > 0 && i + 1 < n) {
            const double sum = oneFrame[i - 1] + oneFrame[i] + oneFrame[i + 1];
            if (sum > 0) offset = std::clamp((oneFrame[i + 1] - oneFrame[i - 1]) / sum, -0.5, 0.5);
        }
        const size_t j = offset < 0 ? (i > 0 ? i - 1 : i) : std::min(n - 1, i + 1);
        onsets.push_back({times[i] + std::abs(offset) * (times[j] - times[i]), static_cast<double>(peak.value)});
    }
    return onsets;
}

VisualOnsetResult VisualOnsetDetector::finish() const
{
    VisualOnsetResult result;
    result.frames = m_features;
    const size_t n = m_features.size();
    if (n == 0) return result;
    const double frameRate = assignTimes(result);

    std::vector<double> impact(n), oneFrame(n), twoFrames(n);
    for (size_t i = 0; i < n; ++i) {
        oneFrame[i] = m_features[i].lossOneFrame;
        twoFrames[i] = m_features[i].lossTwoFrames;
        impact[i] = std::max(m_features[i].lossOneFrame, m_features[i].lossTwoFrames);
        result.frames[i].impact = impact[i];
    }
    // A cut is not an onset: nothing from the frame before it to cutGuardFrames after it.
    for (size_t i = 0; i < n; ++i) {
        if (!m_features[i].cut) continue;
        result.cuts.push_back(static_cast<int64_t>(i));
        for (size_t k = i > 0 ? i - 1 : 0; k <= std::min(n - 1, i + static_cast<size_t>(m_config.cutGuardFrames)); ++k)
            impact[k] = oneFrame[k] = twoFrames[k] = 0;
    }
    const std::vector<float> probability = probabilityOf(impact, frameRate);
    result.onsets = pickOnsets(probability, oneFrame, twoFrames, result.frameTimes, frameRate);
    // The published curve is lightly smoothed (1-2-1), never below the raw value, so peaks keep their height.
    result.probability.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const float left = probability[i > 0 ? i - 1 : i], right = probability[std::min(n - 1, i + 1)];
        result.probability[i] = std::max(probability[i], 0.25f * left + 0.5f * probability[i] + 0.25f * right);
    }
    return result;
}

}  // namespace foley::dsp
