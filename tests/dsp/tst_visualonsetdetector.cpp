#include "core/dsp/OnsetMetrics.h"
#include "core/dsp/VisualOnsetDetector.h"
#include "SceneRenderer.h"

#include <QtTest>

#include <cmath>

using foley::dsp::OnsetSecondsList;
using foley::dsp::VisualOnsetDetector;
using foley::dsp::VisualOnsetResult;
using foley::testing::Ball;
using foley::testing::Scene;
using foley::testing::Square;

namespace {

// Balls bouncing and stopping on a floor, a textured square crossing at constant speed, sensor noise.
// `scale` multiplies every length (1 = 160x90, 2 = 320x180).
Scene ballScene(int scale, unsigned seed)
{
    Scene scene;
    scene.width = 160 * scale;
    scene.height = 90 * scale;
    scene.background = foley::testing::makeTexture(scene.width, scene.height, seed, 90, 50);
    scene.noise = 2.0f;
    Ball a;
    a.x0 = 40 * scale; a.vx = 10 * scale; a.y0 = 12 * scale; a.floorY = 74 * scale; a.radius = 6 * scale;
    a.gravity = 400 * scale; a.dropTime = 0.2; a.stopSpeed = 150 * scale;
    Ball b;
    b.x0 = 110 * scale; b.vx = -6 * scale; b.y0 = 20 * scale; b.floorY = 74 * scale; b.radius = 5 * scale;
    b.gravity = 400 * scale; b.dropTime = 1.0; b.bounce = 0.5; b.stopSpeed = 150 * scale; b.brightness = 20;
    Ball c;  // a small one (radius 3 of 160), dropped later, further right
    c.x0 = 140 * scale; c.y0 = 30 * scale; c.floorY = 77 * scale; c.radius = 3 * scale;
    c.gravity = 500 * scale; c.dropTime = 2.3; c.bounce = 0.55; c.stopSpeed = 150 * scale;
    scene.balls = {a, b, c};
    Square distractor;
    distractor.x0 = -10 * scale; distractor.y0 = 8 * scale; distractor.vx = 30 * scale; distractor.size = 14 * scale;
    scene.squares = {distractor};
    return scene;
}

OnsetSecondsList impactsOf(const Scene& scene)
{
    OnsetSecondsList impacts;
    for (const Ball& ball : scene.balls)
        for (const auto& [t, speed] : ball.impacts()) impacts.push_back({t, speed});
    std::sort(impacts.begin(), impacts.end(), [](const auto& x, const auto& y) { return x.seconds < y.seconds; });
    return impacts;
}

VisualOnsetResult run(const Scene& scene, int frames, unsigned noiseSeed = 1)
{
    std::mt19937 rng(noiseSeed);
    VisualOnsetDetector detector;
    for (int i = 0; i < frames; ++i) {
        const auto status = detector.push(foley::testing::renderFrame(scene, i, rng));
        if (!status.ok()) qFatal("push failed: %s", status.error().message.c_str());
    }
    return detector.finish();
}

QString describe(const VisualOnsetResult& result)
{
    QString text = "onsets:";
    for (const auto& o : result.onsets) text += QString(" %1(%2)").arg(o.seconds, 0, 'f', 3).arg(o.strength, 0, 'f', 2);
    return text;
}

// Every impact found within one frame, nothing else found.
void verifyImpactsFound(const Scene& scene, const VisualOnsetResult& result)
{
    const OnsetSecondsList truth = impactsOf(scene);
    const double frame = 1.0 / scene.fps;
    for (const auto& t : truth) QVERIFY2(t.strength / scene.fps >= 3.2 * scene.width / 160.0, "scene has an impact too slow to see");
    foley::dsp::OnsetMetricsConfig config;
    config.tolerance = frame;
    const auto scores = foley::dsp::OnsetMetrics(config).evaluate(result.onsets, truth);
    QString truthText = "truth:";
    for (const auto& t : truth) truthText += QString(" %1").arg(t.seconds, 0, 'f', 3);
    QVERIFY2(scores.recall == 1.0 && scores.precision == 1.0, qPrintable(truthText + " / " + describe(result)));
    for (const auto& [d, r] : scores.matches)
        QVERIFY(std::abs(result.onsets[size_t(d)].seconds - truth[size_t(r)].seconds) <= frame);
}

}  // namespace

class TstVisualOnsetDetector : public QObject {
    Q_OBJECT

private slots:
    void bouncingBallsAt160x90()
    {
        const Scene scene = ballScene(1, 5);
        const auto result = run(scene, 100);
        QCOMPARE(result.frameTimes.size(), size_t(100));
        QCOMPARE(result.probability.size(), size_t(100));
        verifyImpactsFound(scene, result);
        // The probability curve is high at the impacts and low almost everywhere else.
        int far = 0, quiet = 0;
        for (size_t i = 0; i < result.probability.size(); ++i) {
            QVERIFY(result.probability[i] >= 0.0f && result.probability[i] <= 1.0f);
            bool nearImpact = false;
            for (const auto& t : impactsOf(scene)) {
                const double distance = std::abs(result.frameTimes[i] - t.seconds);
                nearImpact = nearImpact || distance < 0.09;
                if (distance <= 0.5 / scene.fps) QVERIFY(result.probability[i] > 0.5f || result.probability[i + 1] > 0.5f);
            }
            if (nearImpact) continue;
            ++far;
            if (result.probability[i] < 0.3f) ++quiet;
        }
        QVERIFY2(quiet >= far * 95 / 100, qPrintable(QString("%1 of %2 frames away from impacts are quiet").arg(quiet).arg(far)));
        for (const auto& onset : result.onsets) QVERIFY(onset.strength >= 0.5 && onset.strength <= 1.0);
    }

    void bouncingBallsAt320x180()
    {
        const Scene scene = ballScene(2, 6);
        verifyImpactsFound(scene, run(scene, 100, 2));
    }

    void impactsDuringAPan()
    {
        Scene scene = ballScene(1, 7);
        scene.backgroundWidth = 400;
        scene.background = foley::testing::makeTexture(400, 90, 7, 90, 50);
        scene.panSpeed = 20;  // the background slides 0.8 px per frame; the balls are filmed by the moving camera
        verifyImpactsFound(scene, run(scene, 100, 3));
    }

    void hardCutIsNotAnOnset()
    {
        // Two static shots with a square crossing each; the cut at frame 30 changes everything at once.
        Scene first;
        first.background = foley::testing::makeTexture(160, 90, 11, 80, 60);
        first.squares = {Square{-10, 40, 25, 0, 14, 3}};
        Scene second = first;
        second.background = foley::testing::makeTexture(160, 90, 12, 150, 40);
        second.squares = {Square{150, 20, -30, 5, 12, 4}};
        std::mt19937 rng(4);
        VisualOnsetDetector detector;
        for (int i = 0; i < 75; ++i) QVERIFY(detector.push(foley::testing::renderFrame(i < 30 ? first : second, i, rng)).ok());
        const auto result = detector.finish();
        QCOMPARE(result.cuts, std::vector<int64_t>{30});
        QVERIFY2(result.onsets.empty(), qPrintable(describe(result)));
        QVERIFY(result.frames[30].cut);
        QVERIFY(result.probability[30] < 0.5f);
    }

    void slowAndFasterPansAreNotOnsets()
    {
        for (double speed : {12.0, 25.0, 60.0}) {
            Scene scene;
            scene.backgroundWidth = 480;
            scene.background = foley::testing::makeTexture(480, 90, 21, 100, 70);
            scene.panSpeed = speed;
            const auto result = run(scene, 100, 5);
            QVERIFY2(result.onsets.empty(), qPrintable(QString("pan %1 px/s: ").arg(speed) + describe(result)));
            QVERIFY(result.cuts.empty());
            // The camera motion is measured: background moves left by speed/fps pixels per frame.
            QVERIFY(std::abs(result.frames[50].shiftX + speed / 25.0) < 0.25);
        }
    }

    void fadeIsNotAnOnset()
    {
        Scene scene;
        scene.background = foley::testing::makeTexture(160, 90, 31, 110, 60);
        scene.squares = {Square{-10, 30, 35, 0, 16, 8}};
        scene.fadeStart = 1.0;  // through black between 1 s and 2 s
        scene.fadeHalf = 0.5;
        const auto result = run(scene, 100, 6);
        QVERIFY2(result.onsets.empty(), qPrintable(describe(result)));
        QVERIFY(result.cuts.empty());
    }

    void rejectsBadFrames()
    {
        VisualOnsetDetector detector;
        foley::VideoFrame empty;
        QVERIFY(!detector.push(empty).ok());
        std::mt19937 rng(1);
        const Scene scene = ballScene(1, 1);
        QVERIFY(detector.push(foley::testing::renderFrame(scene, 0, rng)).ok());
        const Scene bigger = ballScene(2, 1);
        const auto status = detector.push(foley::testing::renderFrame(bigger, 1, rng));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, foley::ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(status.error().message).contains("320x180"));
        foley::VideoFrame truncated = foley::testing::renderFrame(scene, 2, rng);
        truncated.pixels.resize(100);
        QVERIFY(!detector.push(truncated).ok());
        QCOMPARE(detector.framesPushed(), int64_t(1));
        // Frames without timestamps fall back to the configured rate.
        detector.reset();
        for (int i = 0; i < 5; ++i) {
            foley::VideoFrame f = foley::testing::renderFrame(scene, i, rng);
            f.timeSeconds = 0;
            QVERIFY(detector.push(f).ok());
        }
        QCOMPARE(detector.finish().frameTimes.back(), 4 / 25.0);
    }
};

QTEST_GUILESS_MAIN(TstVisualOnsetDetector)
#include "tst_visualonsetdetector.moc"
