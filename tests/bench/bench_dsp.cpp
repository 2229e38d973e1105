// DSP speed benchmarks (docs/ARCHITECTURE.md, section 9):
//   1. mel spectrogram of 10 minutes of 16 kHz audio on one core (target >= 500x real time), plus the view's
//      pyramid and the audio onset detector on the same audio;
//   2. visual onset detection on a generated 720p 25 fps H.264 video: decode (VideoFrameReader, scaled to
//      320 px grey) and detect (VisualOnsetDetector) in a two-thread pipeline (target >= 4x real time on
//      2 cores), with the detections scored against the rendered impacts.
//
//   bench_dsp [--seconds S]   (video length, default 30)
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/MelSpectrogram.h"
#include "core/dsp/OnsetMetrics.h"
#include "core/dsp/SpectrogramPyramid.h"
#include "core/dsp/VisualOnsetDetector.h"
#include "core/media/VideoFrameReader.h"
#include "tests/dsp/SceneRenderer.h"

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <mutex>
#include <random>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::vector<float> benchAudio(double seconds)
{
    std::mt19937 rng(1);
    std::normal_distribution<float> noise(0.0f, 0.01f);
    std::vector<float> x(static_cast<size_t>(seconds * 16000));
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = static_cast<double>(i) / 16000.0;
        x[i] = noise(rng) + 0.2f * static_cast<float>(std::sin(2 * 3.14159265358979 * 440 * t));
        if (i % 8000 < 200) x[i] += 0.5f * static_cast<float>(std::exp(-static_cast<double>(i % 8000) / 40.0)) * noise(rng) * 60.0f;
    }
    return x;
}

void benchMel()
{
    const double seconds = 600;
    const std::vector<float> audio = benchAudio(seconds);
    const auto n = static_cast<int64_t>(audio.size());
    foley::dsp::MelSpectrogram mel;
    double best = 1e9;
    int64_t frames = 0;
    for (int run = 0; run < 3; ++run) {
        const auto start = Clock::now();
        frames = mel.compute(audio.data(), n).frameCount;
        best = std::min(best, since(start));
    }
    std::printf("mel spectrogram: 10 min of 16 kHz audio -> %lld frames x 64 mels in %.3f s = %.0fx real time "
                "(one core, best of 3; target >= 500x)\n", static_cast<long long>(frames), best, seconds / best);
    auto start = Clock::now();
    const auto pyramid = foley::dsp::SpectrogramPyramid::build(audio.data(), n);
    const double pyramidTime = since(start);
    std::printf("spectrogram pyramid (dB, %d levels): %.3f s = %.0fx real time\n", pyramid ? pyramid->levelCount() : 0,
                pyramidTime, seconds / pyramidTime);
    start = Clock::now();
    const auto onsets = foley::dsp::AudioOnsetDetector().detect(audio.data(), n);
    const double onsetTime = since(start);
    std::printf("audio onset detection: %zu onsets in %.3f s = %.0fx real time\n", onsets.onsets.size(), onsetTime,
                seconds / onsetTime);
}

// Balls dropped one after another across a 1280x720 frame, a textured square crossing, sensor noise.
foley::testing::Scene videoScene(double seconds)
{
    const int scale = 8;
    foley::testing::Scene scene;
    scene.width = 160 * scale;
    scene.height = 90 * scale;
    scene.background = foley::testing::makeTexture(scene.width, scene.height, 3, 90, 50);
    for (int i = 0; 2.5 * i + 0.5 < seconds - 2.0; ++i) {
        foley::testing::Ball ball;
        ball.x0 = (15 + 12 * ((i * 7) % 11)) * scale;  // landing spots 12 px apart: no ball lands on another
        ball.y0 = (10 + (i * 7) % 20) * scale;
        ball.floorY = 74 * scale;
        ball.radius = (4 + i % 3) * scale;
        ball.gravity = 400 * scale;
        ball.dropTime = 0.5 + 2.5 * i;
        ball.stopSpeed = 150 * scale;
        ball.brightness = i % 2 ? 230.0f : 25.0f;
        scene.balls.push_back(ball);
    }
    scene.squares = {foley::testing::Square{-20.0 * scale, 8.0 * scale, 6.0 * scale, 0, 14 * scale, 5}};
    return scene;
}

bool renderVideo(const foley::testing::Scene& scene, int frames, const fs::path& path)
{
    const std::string command = "ffmpeg -v error -y -f rawvideo -pix_fmt gray -s " + std::to_string(scene.width) + "x"
        + std::to_string(scene.height) + " -r 25 -i - -c:v libx264 -preset veryfast -pix_fmt yuv420p '" + path.string() + "'";
    FILE* pipe = popen(command.c_str(), "w");
    if (!pipe) return false;
    std::mt19937 rng(9);
    for (int i = 0; i < frames; ++i) {
        const foley::VideoFrame frame = foley::testing::renderFrame(scene, i, rng);
        std::fwrite(frame.pixels.data(), 1, frame.pixels.size(), pipe);
    }
    return pclose(pipe) == 0;
}

// Decoding on one thread, detection on another, a small queue between them.
struct FrameQueue {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<foley::VideoFrame> frames;
    bool done = false;
};

void benchVideo(double seconds)
{
    const fs::path path = fs::temp_directory_path() / "bench_dsp_720p.mp4";
    const foley::testing::Scene scene = videoScene(seconds);
    const int frames = static_cast<int>(seconds * 25);
    auto start = Clock::now();
    if (!renderVideo(scene, frames, path)) {
        std::printf("visual detection: could not render the test video with ffmpeg (skipped)\n");
        return;
    }
    std::printf("rendered %s (1280x720, 25 fps, %d frames, H.264) in %.1f s\n", path.string().c_str(), frames, since(start));

    foley::media::VideoFrameOptions options;
    options.width = 320;
    options.format = foley::PixelFormat::Gray8;
    // Decode alone, for reference.
    start = Clock::now();
    {
        auto reader = foley::media::VideoFrameReader::open(path.string(), options);
        if (!reader) {
            std::printf("visual detection: %s\n", reader.error().message.c_str());
            return;
        }
        foley::VideoFrame frame;
        while (true) {
            auto next = (*reader)->next(frame);
            if (!next || !*next) break;
        }
    }
    const double decodeTime = since(start);

    start = Clock::now();
    FrameQueue queue;
    std::thread decoder([&] {
        auto reader = foley::media::VideoFrameReader::open(path.string(), options);
        foley::VideoFrame frame;
        while (reader) {
            auto next = (*reader)->next(frame);
            if (!next || !*next) break;
            std::unique_lock<std::mutex> lock(queue.mutex);
            queue.changed.wait(lock, [&] { return queue.frames.size() < 8; });
            queue.frames.push_back(frame);
            queue.changed.notify_all();
        }
        std::lock_guard<std::mutex> lock(queue.mutex);
        queue.done = true;
        queue.changed.notify_all();
    });
    foley::dsp::VisualOnsetDetector detector;
    while (true) {
        std::unique_lock<std::mutex> lock(queue.mutex);
        queue.changed.wait(lock, [&] { return !queue.frames.empty() || queue.done; });
        if (queue.frames.empty()) break;
        foley::VideoFrame frame = std::move(queue.frames.front());
        queue.frames.pop_front();
        queue.changed.notify_all();
        lock.unlock();
        if (!detector.push(frame)) break;
    }
    decoder.join();
    const auto result = detector.finish();
    const double total = since(start);

    foley::dsp::OnsetSecondsList truth;
    for (const auto& ball : scene.balls)
        for (const auto& [t, speed] : ball.impacts())
            if (t < seconds) truth.push_back({t, 1.0});
    foley::dsp::OnsetMetricsConfig oneFrame;
    oneFrame.tolerance = 0.04;
    const auto scores = foley::dsp::OnsetMetrics(oneFrame).evaluate(result.onsets, truth);
    std::printf("visual detection, 720p 25 fps: decode alone %.2f s (%.1fx real time); decode + detect pipelined on 2 "
                "threads %.2f s for %.0f s of video = %.1fx real time (target >= 4x)\n",
                decodeTime, seconds / decodeTime, total, seconds, seconds / total);
    std::printf("  %lld frames, %zu onsets vs %zu rendered impacts: F1 %.3f (P %.3f, R %.3f) within one frame\n",
                static_cast<long long>(detector.framesPushed()), result.onsets.size(), truth.size(), scores.f1,
                scores.precision, scores.recall);
    fs::remove(path);
}

}  // namespace

int main(int argc, char** argv)
{
    double seconds = 30;
    for (int i = 1; i + 1 < argc; i += 2)
        if (!std::strcmp(argv[i], "--seconds")) seconds = std::max(4.0, std::atof(argv[i + 1]));
    std::printf("bench_dsp (hardware threads: %u)\n", std::thread::hardware_concurrency());
    benchMel();
    benchVideo(seconds);
    return 0;
}
