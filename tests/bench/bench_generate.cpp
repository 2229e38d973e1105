// Generation with a trained pack: what a user waits for. Loads a model pack (default: the committed
// resources/models/default) and the installed sound library, then times 8 s and 60 s of audio for a captioned
// clip with onsets and video — the default render from recordings at 48 kHz (the model's drawing in a few steps,
// then the recordings chosen, placed and varied), the neural render from the retrieved scaffold at the default
// variation, and the neural render from noise (variation 1) — checks the onsets of the 8 s take with our detector
// and `aubioonset`, and prints the process's peak memory.
// Usage: bench_generate [--pack DIR] [--steps N] [--repeats N]
#include "app/services/ResourceLocator.h"
#include "tests/bench/BenchRequests.h"
#include "app/services/SoundLibraryService.h"
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/OnsetMetrics.h"
#include "core/dsp/Resampler.h"
#include "core/media/WavFile.h"
#include "inference/Engine.h"
#include "inference/TorchRuntime.h"
#include "inference/retrieval/RetrievalPlanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include <sys/resource.h>
#include <unistd.h>

using namespace foley;
using namespace foley::inference;
using foley::bench::everyHalfSecond;
using foley::bench::requestFor;

namespace {

enum class Mode { Recordings, NeuralFromScaffold, NeuralFromNoise };

const char* describe(Mode mode)
{
    switch (mode) {
    case Mode::Recordings: return "from recordings at 48 kHz (default)";
    case Mode::NeuralFromScaffold: return "neural, retrieval + scaffold start (default variation)";
    default: return "neural, from noise (variation 1)";
    }
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    if (!getenv("OMP_WAIT_POLICY")) {  // libgomp reads it before main (inference/README.md)
        setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
        execv("/proc/self/exe", argv);
    }
    QCoreApplication app(argc, argv);
    std::string pack = (app::ResourceLocator::defaultModelsDir() + "/default").toStdString();
    int steps = 20, repeats = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--pack")) pack = argv[i + 1];
        else if (!std::strcmp(argv[i], "--steps")) steps = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--repeats")) repeats = std::atoi(argv[i + 1]);
    }
    EngineOptions options;
    options.packFolder = pack;
    Result<std::unique_ptr<Engine>> engine = Engine::load(options);
    if (!engine) {
        std::fprintf(stderr, "error: %s\n", engine.error().message.c_str());
        return 1;
    }
    const app::InstalledSoundLibrary& library = app::installedSoundLibrary();
    std::printf("pack %s (%s vocoder), load %.0f ms; sound library: %s\n", pack.c_str(),
                (*engine)->hasNeuralVocoder() ? "neural" : "Griffin-Lim", (*engine)->loadMilliseconds(), qPrintable(library.summary));

    for (double seconds : {8.0, 60.0}) {
        const dsp::OnsetSecondsList onsets = everyHalfSecond(seconds);
        for (Mode mode : {Mode::Recordings, Mode::NeuralFromScaffold, Mode::NeuralFromNoise}) {
            if (mode != Mode::NeuralFromNoise && library.library->isEmpty()) continue;
            std::vector<double> times;
            GenerationResult last;
            for (int k = 0; k < (seconds > 10 ? 1 : repeats); ++k) {
                GenerationRequest request = requestFor(seconds, steps, onsets);
                const auto t0 = std::chrono::steady_clock::now();
                request.variation = kDefaultVariation;
                request.render = mode == Mode::Recordings ? RenderMode::Recordings : RenderMode::Neural;
                if (mode != Mode::NeuralFromNoise) foley::bench::retrieveRecordings(request, library.library, onsets);
                RunControl control;
                Result<GenerationResult> result = (*engine)->generate(request, control);
                if (!result) {
                    std::fprintf(stderr, "error: %s\n", result.error().message.c_str());
                    return 1;
                }
                times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
                last = *result;
            }
            std::printf("%4.0f s of audio, %s: %.2f s wall (median of %zu), %d of %d steps, %d windows x %d branches, %d Hz, "
                        "peak memory so far %.0f MB\n",
                        seconds, describe(mode), median(times), times.size(), last.report.stepsDone, steps, last.report.windows,
                        last.report.guidanceBranches, last.audio.sampleRate(), peakMegabytes());
            if (seconds < 10) {
                const AudioBuffer heard = dsp::resampled(last.audio.toMono(), kModelRate);
                const dsp::OnsetSecondsList detected = dsp::AudioOnsetDetector().detect(heard.data(), static_cast<int64_t>(heard.frameCount())).onsets;
                const dsp::OnsetScores ours = dsp::OnsetMetrics().evaluate(detected, onsets);
                const std::string wav = (std::filesystem::temp_directory_path() / "bench_generate.wav").string();
                (void)media::writeWav(wav, last.audio);
                std::string aubio = "(aubioonset missing)";
                if (FILE* pipe = popen(("aubioonset -i '" + wav + "' 2>/dev/null").c_str(), "r")) {
                    dsp::OnsetSecondsList found;
                    char line[128];
                    while (std::fgets(line, sizeof line, pipe)) found.push_back({std::atof(line), 1.0});
                    if (pclose(pipe) == 0) aubio = std::to_string(dsp::OnsetMetrics().evaluate(found, onsets).f1);
                }
                std::printf("      onset F1 @ ±50 ms against the %zu requested onsets: ours %.3f, aubioonset %s\n", onsets.size(), ours.f1, aubio.c_str());
            }
        }
    }
    return 0;
}
