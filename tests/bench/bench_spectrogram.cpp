// Spectrogram view benchmarks (docs/ARCHITECTURE.md, section 9), offscreen, through the real widgets:
//   1. repaint time while zooming and scrolling a 60-minute file (target <= 16 ms per repaint): each step moves the
//      shared timeline (TimelineState::zoomBy / setVisibleRange) exactly as Ctrl+wheel and the scroll bar do, lets
//      the queued replot run, then paints the SpectrogramView with QWidget::grab() (refill of the colour map from
//      the pyramid level + QCustomPlot replot + paintEvent);
//   2. time to first spectrogram for a 10-minute file: from SpectrogramLoader::load() (decode of the AAC soundtrack
//      to 16 kHz mono + pyramid, off the UI thread) until the view has painted an image, for mel and linear bands.
//
//   QT_QPA_PLATFORM=offscreen bench_spectrogram [--minutes M]   (repaint file length, default 60)
#include "app/gui/SpectrogramLoader.h"
#include "core/dsp/SpectrogramPyramid.h"
#include "core/timeline/TimelineState.h"
#include "widgets/spectrogram/SpectrogramView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

namespace {

using foley::kProjectRate;
using foley::SampleTime;

struct Stats {
    double mean = 0, median = 0, p95 = 0, max = 0;
};

Stats statsOf(std::vector<double> ms)
{
    Stats s;
    if (ms.empty()) return s;
    std::sort(ms.begin(), ms.end());
    for (double v : ms) s.mean += v / static_cast<double>(ms.size());
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, static_cast<size_t>(std::ceil(0.95 * static_cast<double>(ms.size()))) - 1)];
    s.max = ms.back();
    return s;
}

std::vector<float> benchAudio(double seconds)
{
    std::mt19937 rng(1);
    std::normal_distribution<float> noise(0.0f, 0.01f);
    std::vector<float> x(static_cast<size_t>(seconds * 16000));
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = static_cast<double>(i) / 16000.0;
        x[i] = noise(rng) + 0.2f * static_cast<float>(std::sin(2 * 3.14159265358979 * (300 + 20 * std::fmod(t, 30.0)) * t));
        if (i % 8000 < 200) x[i] += 30.0f * static_cast<float>(std::exp(-static_cast<double>(i % 8000) / 40.0)) * noise(rng);
    }
    return x;
}

// One repaint as the user sees it: the timeline moved, the queued replot ran, the widget painted.
double repaintMs(foley::widgets::SpectrogramView& view, const std::function<void()>& move)
{
    QElapsedTimer timer;
    timer.start();
    move();
    QCoreApplication::processEvents();
    const QPixmap painted = view.grab();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (painted.isNull()) std::fprintf(stderr, "grab failed\n");
    return ms;
}

void printStats(const char* what, const std::vector<double>& ms)
{
    const Stats s = statsOf(ms);
    std::printf("  %-34s %4zu repaints  mean %6.2f  median %6.2f  p95 %6.2f  max %6.2f ms\n", what, ms.size(), s.mean,
                s.median, s.p95, s.max);
}

void benchRepaint(const std::vector<float>& audio, foley::dsp::FrequencyScale frequency)
{
    const double seconds = static_cast<double>(audio.size()) / 16000.0;
    const bool linear = frequency == foley::dsp::FrequencyScale::Linear;
    std::printf("Repaint while zooming/scrolling a %.0f-minute file, %s (view 1600x300 px, target <= 16 ms):\n",
                seconds / 60.0, linear ? "linear frequency" : "mel");
    QElapsedTimer build;
    build.start();
    foley::dsp::SpectrogramPyramidOptions options;
    options.frequency = frequency;
    auto pyramid = foley::dsp::SpectrogramPyramid::build(audio.data(), static_cast<int64_t>(audio.size()), {}, options);
    if (!pyramid) {
        std::printf("  pyramid failed: %s\n", pyramid.error().message.c_str());
        return;
    }
    std::printf("  pyramid: %d levels, %lld level-0 frames x %d bins, built in %.2f s\n", pyramid->levelCount(),
                static_cast<long long>(pyramid->frameCount(0)), pyramid->binCount(),
                static_cast<double>(build.elapsed()) / 1000.0);

    foley::core::TimelineState timeline;
    timeline.setDuration(static_cast<SampleTime>(seconds * kProjectRate));
    timeline.zoomToFit();
    foley::widgets::SpectrogramView view(&timeline);
    view.resize(1600, 300);
    view.show();
    view.setPyramid(std::make_shared<const foley::dsp::SpectrogramPyramid>(std::move(pyramid).value()));
    QCoreApplication::processEvents();

    std::vector<double> zoomIn, zoomOut, scroll, scrollZoomed;
    const SampleTime anchor = timeline.duration() / 3;
    // Ctrl+wheel: 1.25x per notch, from the whole hour down to ~2 s on screen, and back out.
    while (timeline.visibleRange().length() > 2 * kProjectRate)
        zoomIn.push_back(repaintMs(view, [&] { timeline.zoomBy(1.25, anchor); }));
    while (timeline.visibleRange().length() < timeline.duration())
        zoomOut.push_back(repaintMs(view, [&] { timeline.zoomBy(1.0 / 1.25, anchor); }));
    // Scroll bar drags: a 10-minute window moved by a tenth of its width, then a 10-second one.
    for (const double window : {600.0, 10.0}) {
        auto& into = window > 60 ? scroll : scrollZoomed;
        const SampleTime length = static_cast<SampleTime>(window * kProjectRate);
        for (SampleTime start = 0; start + length <= timeline.duration() && into.size() < 200; start += length / 10)
            into.push_back(repaintMs(view, [&] { timeline.setVisibleRange({start, start + length}); }));
    }
    printStats("zoom in (Ctrl+wheel, 1 h -> 2 s)", zoomIn);
    printStats("zoom out (2 s -> 1 h)", zoomOut);
    printStats("scroll, 10 min on screen", scroll);
    printStats("scroll, 10 s on screen", scrollZoomed);
    std::vector<double> all = zoomIn;
    for (const auto* part : {&zoomOut, &scroll, &scrollZoomed}) all.insert(all.end(), part->begin(), part->end());
    printStats("all", all);
}

QString makeTenMinuteFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("ten-minutes.m4a"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {"-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=600:sample_rate=48000",
                                            "-f", "lavfi", "-i", "anoisesrc=duration=600:sample_rate=48000:amplitude=0.05",
                                            "-filter_complex", "amix=inputs=2,aformat=channel_layouts=stereo",
                                            "-c:a", "aac", "-b:a", "128k", path});
    ffmpeg.waitForFinished(600000);
    return ffmpeg.exitCode() == 0 ? path : QString();
}

void benchFirstSpectrogram()
{
    std::printf("Time to first spectrogram, 10-minute AAC 48 kHz stereo file (decode + pyramid + first paint):\n");
    QTemporaryDir dir;
    const QString file = makeTenMinuteFile(dir);
    if (file.isEmpty()) {
        std::printf("  ffmpeg could not make the test file\n");
        return;
    }
    for (const auto frequency : {foley::dsp::FrequencyScale::Mel, foley::dsp::FrequencyScale::Linear}) {
        foley::core::TimelineState timeline;
        timeline.setDuration(600LL * kProjectRate);
        timeline.zoomToFit();
        foley::widgets::SpectrogramView view(&timeline);
        view.resize(1600, 300);
        view.show();
        foley::app::SpectrogramLoader loader(&view);
        loader.setFrequencyScale(frequency);
        QElapsedTimer timer;
        timer.start();
        loader.load(file);
        while (!view.pyramid()) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const QPixmap first = view.grab();
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        std::printf("  %-6s %.2f s to the first painted image (%lld frames x %d bins)%s\n",
                    frequency == foley::dsp::FrequencyScale::Mel ? "mel" : "linear", seconds,
                    static_cast<long long>(view.pyramid()->frameCount(0)), view.pyramid()->binCount(),
                    first.isNull() ? " [grab failed]" : "");
    }
}

}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    double minutes = 60.0;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--minutes") == 0) minutes = std::atof(argv[i + 1]);
    const std::vector<float> audio = benchAudio(minutes * 60.0);
    benchRepaint(audio, foley::dsp::FrequencyScale::Mel);
    benchRepaint(audio, foley::dsp::FrequencyScale::Linear);
    benchFirstSpectrogram();
    return 0;
}
