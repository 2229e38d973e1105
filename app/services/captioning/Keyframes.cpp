#include "app/services/captioning/Keyframes.h"

#include "app/services/captioning/CaptioningSettings.h"
#include "core/dsp/GrayImage.h"
#include "core/dsp/ShotCutDetector.h"
#include "core/media/VideoFrameReader.h"

#include <QBuffer>
#include <QImage>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace foley::app::captioning {

namespace {

// Frames looked at per second: enough to catch every shot longer than a fraction of a second.
constexpr int kAnalysisFramesPerSecond = 5;
// The cut detector's working width: its statistics are coarse, so a small image is as good and much cheaper.
constexpr int kCutAnalysisWidthPx = 96;
constexpr int kJpegQuality = 85;

struct ScaledSize {
    int widthPx = 0;
    int heightPx = 0;
    double lengthSeconds = 0;
    int rotationDegrees = 0;
};

// The source size scaled so that its long side is at most kKeyframeMaxSidePx (never enlarged).
Result<ScaledSize> probeScaledSize(const std::string& path)
{
    auto reader = media::VideoFrameReader::open(path);
    if (!reader) return reader.error();
    const int width = (*reader)->outputWidth();
    const int height = (*reader)->outputHeight();
    const double scale = std::min(1.0, double(kKeyframeMaxSidePx) / std::max({width, height, 1}));
    return ScaledSize{std::max(1, static_cast<int>(std::lround(width * scale))),
                      std::max(1, static_cast<int>(std::lround(height * scale))), (*reader)->durationSeconds(),
                      (*reader)->rotationDegrees()};
}

Keyframe encode(const VideoFrame& frame, int rotationDegrees)
{
    QImage image(frame.pixels.data(), frame.width, frame.height, static_cast<qsizetype>(frame.stride()),
                 QImage::Format_RGB888);
    // The reader reports rotation without applying it; the model should see the picture upright.
    if (rotationDegrees != 0) image = image.transformed(QTransform().rotate(rotationDegrees));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", kJpegQuality);
    return Keyframe{frame.timeSeconds, image.size(), jpeg};
}

// The evenly spread picks and each shot's first frame, collected in one streaming pass (frames are never kept).
class KeyframeCollector {
public:
    KeyframeCollector(int count, double startSeconds, double lengthSeconds, int rotationDegrees)
        : m_count(count), m_start(startSeconds), m_length(lengthSeconds), m_rotation(rotationDegrees)
    {
    }

    void push(const VideoFrame& frame)
    {
        const dsp::GrayImage gray =
            dsp::GrayImage::fromFrame(frame, std::max(1, frame.width / kCutAnalysisWidthPx));
        // Unaligned previous frame: a fast pan read as a cut only adds one keyframe, which is harmless here.
        const bool cut = m_detector.push(m_previous.isEmpty() ? nullptr : &m_previous, gray).cut;
        m_previous = gray;
        if (m_shots.empty() || cut) m_shots.push_back(Shot{encode(frame, m_rotation), false});
        while (m_picked < m_count && frame.timeSeconds + kHalfAnalysisPeriodSeconds >= targetSeconds(m_picked)) {
            if (m_picked == 0 || m_spread.back().timeSeconds != frame.timeSeconds)
                m_spread.append(encode(frame, m_rotation));
            m_shots.back().covered = true;
            ++m_picked;
        }
    }

    QList<Keyframe> finish() const
    {
        QList<Keyframe> keyframes = m_spread;
        for (const Shot& shot : m_shots)
            if (!shot.covered) keyframes.append(shot.first);
        std::sort(keyframes.begin(), keyframes.end(),
                  [](const Keyframe& a, const Keyframe& b) { return a.timeSeconds < b.timeSeconds; });
        return thinned(keyframes, CaptioningSettings::kMaxKeyframeCount);
    }

private:
    static constexpr double kHalfAnalysisPeriodSeconds = 0.5 / kAnalysisFramesPerSecond;

    struct Shot {
        Keyframe first;
        bool covered = false;
    };

    // Pick i sits in the middle of the i-th of `count` equal parts (a clip's first and last frames are often black).
    double targetSeconds(int i) const { return m_start + (i + 0.5) * m_length / m_count; }

    static QList<Keyframe> thinned(const QList<Keyframe>& keyframes, int limit)
    {
        if (keyframes.size() <= limit) return keyframes;
        QList<Keyframe> kept;
        for (int i = 0; i < limit; ++i) kept.append(keyframes.at(i * keyframes.size() / limit));
        return kept;
    }

    int m_count;
    double m_start;
    double m_length;
    int m_rotation;
    dsp::ShotCutDetector m_detector;
    dsp::GrayImage m_previous;
    std::vector<Shot> m_shots;
    QList<Keyframe> m_spread;
    int m_picked = 0;
};

}  // namespace

Result<QList<Keyframe>> selectKeyframes(const QString& videoPath, int count, const KeyframeSpan& span,
                                        RunControl& control)
{
    const std::string path = videoPath.toStdString();
    const auto size = probeScaledSize(path);
    if (!size) return size.error();
    const double start = std::max(0.0, span.startSeconds);
    const double end = span.endSeconds > start ? std::min(span.endSeconds, size->lengthSeconds) : size->lengthSeconds;
    // An unknown length (some streams do not say) spreads the picks over the first minute's worth of frames.
    const double length = end > start ? end - start : 60.0;

    media::VideoFrameOptions options;
    options.width = size->widthPx;
    options.height = size->heightPx;
    options.format = PixelFormat::Rgb24;
    options.frameRate = Rational{kAnalysisFramesPerSecond, 1};
    options.startSeconds = start;
    auto reader = media::VideoFrameReader::open(path, options);
    if (!reader) return reader.error();

    KeyframeCollector collector(std::clamp(count, 1, CaptioningSettings::kMaxKeyframeCount), start, length,
                                size->rotationDegrees);
    VideoFrame frame;
    for (;;) {
        if (control.isCancelled()) return makeError(ErrorCode::Cancelled, "cancelled");
        auto more = (*reader)->next(frame);
        // A damaged tail still leaves the frames before it; with none at all the check below refuses the video.
        if (!more || !*more || frame.timeSeconds >= start + length) break;
        collector.push(frame);
        control.report(std::clamp((frame.timeSeconds - start) / length, 0.0, 1.0));
    }
    QList<Keyframe> keyframes = collector.finish();
    if (keyframes.isEmpty())
        return makeError(ErrorCode::MediaDecodeFailed,
                         "no decodable video frames in '" + path + "': nothing to show a captioning model");
    return keyframes;
}

QString keyframeDataUrl(const Keyframe& keyframe)
{
    return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(keyframe.jpeg.toBase64());
}

}  // namespace foley::app::captioning
