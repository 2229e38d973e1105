// Benchmark (not a test): repaint time of the onset/mask lane while scrolling and zooming a 60-minute project with
// 7200 onsets and a mask painted over the whole hour, and the time to rebuild the condition curve after an edit.
// Target: ≤ 16 ms per repaint (one frame at 60 Hz). Run: build/<dir>/tests/widgets/bench_onsetlane
#include "core/model/OnsetTrack.h"
#include "core/model/TemporalMask.h"
#include "core/timeline/TimelineState.h"
#include "widgets/DarkPalette.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/onsets/OnsetTrackEditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace foley;

namespace {

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Figures {
    std::vector<double> wall;
    std::vector<double> cpu;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

void report(const char* what, const Figures& f)
{
    std::printf("%-38s median %6.2f ms wall (%6.2f ms CPU), worst %6.2f ms wall, %zu repaints\n", what, median(f.wall),
                median(f.cpu), *std::max_element(f.wall.begin(), f.wall.end()), f.wall.size());
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setPalette(widgets::darkPalette());
    const SampleTime hour = SampleTime(3600) * kProjectRate;
    core::TimelineState timeline;
    timeline.setFrameRate({25, 1});
    timeline.setDuration(hour);
    core::OnsetTrack track;
    for (int i = 0; i < 7200; ++i)
        track.insert({track.allocateId(), SampleTime(i) * kProjectRate / 2 + 777, 0.3 + 0.007 * ((i * 37) % 100),
                      i % 5 ? QString() : QStringLiteral("hit %1").arg(i), core::OnsetOrigin::Manual});
    core::TemporalMask mask;
    mask.conformTo(hour, {25, 1});
    std::vector<float> values(static_cast<size_t>(mask.frameCount()));
    for (size_t i = 0; i < values.size(); ++i) values[i] = 0.5f + 0.5f * std::sin(static_cast<float>(i) * 0.01f);
    mask.setRange(0, values);
    widgets::OnsetSelection selection;
    selection.setTrack(&track);
    widgets::OnsetTrackEditor editor(&timeline, &selection);
    editor.setOnsetTrack(&track);
    editor.setTemporalMask(&mask);
    editor.resize(1600, 160);
    editor.show();
    app.processEvents();
    QPixmap target(editor.size());

    QElapsedTimer clock;
    clock.start();
    mask.setRange(0, {values[0]});  // an edit invalidates the curve: the next call rebuilds the whole hour
    editor.conditionCurve();
    std::printf("condition curve rebuild (1 h, 7200 onsets, full mask): %.2f ms\n", static_cast<double>(clock.nsecsElapsed()) / 1e6);

    const auto repaint = [&](Figures& f) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = processCpuMs();
        editor.render(&target);
        f.wall.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        f.cpu.push_back(processCpuMs() - cpu0);
    };
    for (const auto& [name, seconds] : {std::pair{"scroll, 5 s visible", 5}, std::pair{"scroll, 1 min visible", 60},
                                        std::pair{"scroll, 10 min visible", 600}}) {
        Figures f;
        timeline.setVisibleRange({0, SampleTime(seconds) * kProjectRate});
        for (int i = 0; i < 60; ++i) {
            timeline.scrollBy(timeline.visibleRange().length() / 17);
            repaint(f);
        }
        report(name, f);
    }
    Figures zoom;
    timeline.zoomToFit();
    for (int i = 0; i < 40; ++i) {  // from the whole hour down to ~1 s and back, around the middle
        timeline.zoomBy(i < 20 ? 1.5 : 1.0 / 1.5, hour / 2);
        repaint(zoom);
    }
    report("zoom in/out, 1 h ↔ 1 s", zoom);
    Figures whole;
    timeline.zoomToFit();
    for (int i = 0; i < 30; ++i) repaint(whole);
    report("whole hour visible", whole);
    std::printf("target: <= 16 ms per repaint\n");
    return 0;
}
