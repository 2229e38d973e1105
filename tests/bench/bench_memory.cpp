// Memory of the editor on a long video (packaging/bench-memory.sh runs it, with the CLI stages around it):
//   1. the offscreen editor (the real MainWindow) opens VIDEO and computes its spectrogram;
//   2. it detects onsets from the soundtrack, then from the picture (Analyze -> Detect Onsets from Sound / from
//      Picture, the real controller);
//   3. the engine generates N takes of 8 s in a row the way the editor's worker does by default (from the installed
//      sound library's recordings, or neural when none is installed), printing the RSS after each: it must not grow
//      from one to the next beyond noise.
// Peak RSS is per stage: the kernel's high-water mark (VmHWM) is reset between stages (/proc/self/clear_refs).
//   QT_QPA_PLATFORM=offscreen bench_memory VIDEO [--generations N] [--pack DIR] [--steps N]
#include "app/gui/MainWindow.h"
#include "app/gui/OnsetDetectionController.h"
#include "app/gui/SpectrogramLoader.h"
#include "app/services/ResourceLocator.h"
#include "app/services/SoundLibraryService.h"
#include "inference/Engine.h"
#include "tests/bench/BenchRequests.h"
#include "tests/support/ProcessMemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace foley;

namespace {

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly)) clear.write("5");  // "5": reset the peak RSS to the current RSS
}

void report(const char* stage, const QElapsedTimer& timer)
{
    std::printf("%-34s peak RSS %7.0f MiB   wall %6.1f s\n", stage, foley::testing::processStatusMegabytes("VmHWM:"), static_cast<double>(timer.elapsed()) / 1000.0);
    std::fflush(stdout);
    resetPeak();
}

// Runs the event loop until `signal` of `sender` fires (or an hour passes).
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] { fired = true; loop.quit(); });
    QTimer::singleShot(3600 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

int editorStages(const QString& video)
{
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    app::MainWindow window;
    window.show();
    auto* loader = window.findChildren<app::SpectrogramLoader*>().value(0);
    if (!loader) return std::fprintf(stderr, "error: no spectrogram loader\n"), 1;
    QObject::connect(loader, &app::SpectrogramLoader::failed, [](const QString& m) { std::fprintf(stderr, "error: %s\n", qPrintable(m)); });
    if (!window.openPath(video)) return std::fprintf(stderr, "error: cannot open %s\n", qPrintable(video)), 1;
    if (!waitFor(loader, &app::SpectrogramLoader::loaded)) return 1;
    report("editor: open + spectrogram", timer);

    auto* detection = window.findChild<app::OnsetDetectionController*>();
    if (!detection) return std::fprintf(stderr, "error: no onset detection\n"), 1;
    QObject::connect(detection, &app::OnsetDetectionController::failed, [](const QString& m) { std::fprintf(stderr, "error: %s\n", qPrintable(m)); });
    const std::pair<app::OnsetSource, const char*> sources[] = {{app::OnsetSource::Audio, "editor: onset detection (sound)"},
                                                                 {app::OnsetSource::Video, "editor: onset detection (picture)"}};
    for (const auto& [source, stage] : sources) {
        timer.restart();
        detection->start(source);
        if (!waitFor(detection, &app::OnsetDetectionController::finished)) return 1;
        report(stage, timer);
    }
    return 0;
}

int generations(int count, const std::string& pack, int steps)
{
    if (count < 1) return 0;
    inference::EngineOptions options;
    options.packFolder = pack;
    Result<std::unique_ptr<inference::Engine>> engine = inference::Engine::load(options);
    if (!engine) return std::fprintf(stderr, "error: %s\n", engine.error().message.c_str()), 1;
    const dsp::OnsetSecondsList onsets = bench::everyHalfSecond(8.0);
    const app::InstalledSoundLibrary& library = app::installedSoundLibrary();
    const bool fromRecordings = !library.library->isEmpty();
    std::printf("8 s generations %s\n", fromRecordings ? "from the sound library's recordings (the default)" : "neural (no sound library installed)");
    for (int i = 1; i <= count; ++i) {
        inference::GenerationRequest request = bench::requestFor(8.0, steps, onsets);
        request.seed = static_cast<uint64_t>(i);
        if (fromRecordings) {
            request.variation = inference::kDefaultVariation;
            request.render = inference::RenderMode::Recordings;
            bench::retrieveRecordings(request, library.library, onsets);
        }
        RunControl control;
        Result<inference::GenerationResult> result = (*engine)->generate(request, control);
        if (!result) return std::fprintf(stderr, "error: %s\n", result.error().message.c_str()), 1;
        std::printf("8 s generation %2d: RSS %7.0f MiB\n", i, foley::testing::processStatusMegabytes("VmRSS:"));
        std::fflush(stdout);
    }
    return 0;
}

}  // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) return std::fprintf(stderr, "usage: bench_memory VIDEO [--generations N] [--pack DIR] [--steps N]\n"), 2;
    int count = 10, steps = 20;
    std::string pack = (app::ResourceLocator::defaultModelsDir() + "/default").toStdString();
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--generations")) count = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--pack")) pack = argv[i + 1];
        else if (!std::strcmp(argv[i], "--steps")) steps = std::atoi(argv[i + 1]);
    }
    if (const int failed = editorStages(QString::fromLocal8Bit(argv[1]))) return failed;
    return generations(count, pack, steps);
}
