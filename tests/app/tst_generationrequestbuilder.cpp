#include "app/services/GenerationRequestBuilder.h"
#include "app/services/SoundLibraryService.h"
#include "core/dsp/MelConfig.h"
#include "inference/retrieval/RetrievalPlanner.h"

#include <QtTest>

#include <algorithm>

using namespace foley;
using namespace foley::app;

// The snapshot → engine request mapping shared by the editor and the CLI (no engine, no media: pure values).
class TstGenerationRequestBuilder : public QObject {
    Q_OBJECT

private:
    static GenerationSnapshot snapshot()
    {
        core::ProjectState state;
        state.media.path = QStringLiteral("/clips/ball.mp4");
        state.media.duration = 4 * kProjectRate;
        state.caption = core::Caption{QStringLiteral("a ball bounces"), core::CaptionOrigin::Mllm};
        state.negativePrompt = QStringLiteral(" music ");
        state.onsets = {core::Onset{1, kProjectRate, 1.0, {}, core::OnsetOrigin::Manual},
                        core::Onset{2, 3 * kProjectRate, 0.5, {}, core::OnsetOrigin::Manual}};
        state.maskValues.assign(100, 0.0f);
        state.settings.steps = 12;
        state.settings.guidance = 2.5;
        state.settings.seed = 99;
        state.settings.semanticStrength = 0.5;
        state.settings.temporalStrength = 1.5;
        state.settings.variation = 1.0;
        core::Take take;
        take.id = 7;
        take.audioPath = QStringLiteral("/clips/ball.takes/t.wav");
        state.takes = {take};
        state.activeTake = 7;
        return snapshotOf(state);
    }

private slots:
    // Run directly (not through CTest) on a machine with data/sound-library installed, this still sees no library.
    void testsNeverReachAnInstalledSoundLibrary()
    {
        QVERIFY(qEnvironmentVariable("FOLEYFORGE_SOUND_LIBRARY").endsWith(QStringLiteral("foleyforge-tests-no-sound-library")));
        QVERIFY(installedSoundLibrary().library->isEmpty());
    }

    // The editor's and the CLI's starting parameters and the engine's own request defaults are one set: a project
    // with untouched settings asks the engine for exactly what a bare request would.
    void projectDefaultsAreTheEngineDefaults()
    {
        const core::GenerationParameters project;
        const inference::GenerationRequest engine;
        QCOMPARE(project.steps, engine.steps);
        QCOMPARE(static_cast<float>(project.guidance), engine.guidance.text);
        QCOMPARE(static_cast<float>(project.variation), inference::kDefaultVariation);
        QCOMPARE(project.sampleRate, engine.outputRate);
        QVERIFY((project.render == core::TakeRender::Recordings) == (engine.render == inference::RenderMode::Recordings));
        GenerationSnapshot s = snapshot();
        s.parameters = project;
        auto request = buildGenerationRequest(s, {});
        QVERIFY(request.ok());
        QCOMPARE(request->steps, engine.steps);
        QCOMPARE(request->guidance.text, engine.guidance.text);
        QCOMPARE(request->outputRate, engine.outputRate);
    }

    void projectValuesBecomeTheRequest()
    {
        const GenerationSnapshot s = snapshot();
        QCOMPARE(s.videoPath, QStringLiteral("/clips/ball.mp4"));
        QCOMPARE(s.activeTakePath, QStringLiteral("/clips/ball.takes/t.wav"));
        const auto request = buildGenerationRequest(s, {});
        QVERIFY(request.ok());
        QCOMPARE(request->caption, std::string("a ball bounces, high quality"));
        QCOMPARE(request->negativeCaption, std::string("music"));
        QCOMPARE(request->durationSamples, int64_t(4 * kModelRate));
        QCOMPARE(request->steps, 12);
        QCOMPARE(request->guidance.text, 2.5f);
        QCOMPARE(request->seed, uint64_t(99));
        QCOMPARE(request->semanticStrength, 0.5f);
        QCOMPARE(request->temporalStrength, 1.5f);
        QVERIFY(!request->modelRegion.has_value());
        // The curve is core's TemporalCondition on the mel frames: peaks exactly at the onsets, with their strengths.
        QCOMPARE(int64_t(request->temporalCurve.size()), dsp::MelConfig{}.frameCount(4 * kModelRate));
        QCOMPARE(request->temporalCurve[100], 1.0f);
        QCOMPARE(request->temporalCurve[300], 0.5f);
        QCOMPARE(request->temporalCurve[200], 0.0f);
    }

    void noTimingWithoutOnsetsOrMaskAndNoTagWithoutCaption()
    {
        GenerationSnapshot s = snapshot();
        s.onsets.clear();
        s.caption.text.clear();
        auto request = buildGenerationRequest(s, {});
        QVERIFY(request.ok());
        QVERIFY(request->temporalCurve.empty());  // no timing control rather than "silence everywhere"
        QVERIFY(request->caption.empty());         // unconditional, not "high quality"
        s.maskValues[50] = 0.8f;                    // a painted mask frame (25 fps: 2.00-2.04 s)
        request = buildGenerationRequest(s, {});
        QVERIFY(request.ok());
        QCOMPARE(request->temporalCurve[202], 0.8f);
        QCOMPARE(request->temporalCurve[100], 0.0f);
    }

    void durationOverridesTheMedia()
    {
        GenerationSnapshot s = snapshot();
        s.parameters.duration = kProjectRate / 2;
        auto request = buildGenerationRequest(s, {});
        QVERIFY(request.ok());
        QCOMPARE(request->durationSamples, int64_t(kModelRate / 2));
        s.parameters.duration = 0;
        s.mediaDuration = 0;
        request = buildGenerationRequest(s, {});
        QVERIFY(!request.ok());
        QCOMPARE(request.error().code, ErrorCode::InvalidArgument);
    }

    void regionIsARangeOfTheExistingTake()
    {
        GenerationSnapshot s = snapshot();
        s.parameters.region = core::SampleTimeRange{kProjectRate, 2 * kProjectRate};
        auto request = buildGenerationRequest(s, {});
        QVERIFY(!request.ok());  // nothing to keep outside the region
        QVERIFY(QString::fromStdString(request.error().message).contains(QStringLiteral("whole clip first")));

        GenerationMedia media;
        media.existingTake = AudioBuffer(std::vector<float>(5 * kModelRate, 0.25f), kModelRate, 1);
        // From recordings (the default): the region at the existing take's own rate, the take kept as it is.
        request = buildGenerationRequest(s, media);
        QVERIFY(request.ok());
        QVERIFY(request->render == inference::RenderMode::Recordings);
        QVERIFY(request->outputRegion.has_value());
        QCOMPARE(request->outputRate, kModelRate);
        QCOMPARE(request->outputRegion->start, int64_t(kModelRate));
        QCOMPARE(request->outputRegion->end, int64_t(2 * kModelRate));
        QCOMPARE(request->outputFrameCount(), int64_t(5 * kModelRate));
        const AudioBuffer stereo48(std::vector<float>(2 * 5 * 48000, 0.25f), 48000, 2);
        GenerationMedia media48;
        media48.existingTake = stereo48;
        request = buildGenerationRequest(s, media48);
        QVERIFY(request.ok());
        QCOMPARE(request->outputRate, 48000);
        QCOMPARE(request->outputRegion->start, int64_t(48000));
        QCOMPARE(request->existingTake.channels(), 2);
        QCOMPARE(request->durationSamples, int64_t(5 * kModelRate));
        // Neural: a 16 kHz range of the take brought to 16 kHz mono.
        s.parameters.render = core::TakeRender::Neural;
        request = buildGenerationRequest(s, media48);
        QVERIFY(request.ok());
        QCOMPARE(request->existingTake.sampleRate(), kModelRate);
        QCOMPARE(request->existingTake.channels(), 1);
        request = buildGenerationRequest(s, media);
        QVERIFY(request.ok());
        QVERIFY(request->modelRegion.has_value());
        QCOMPARE(request->modelRegion->start, int64_t(kModelRate));
        QCOMPARE(request->modelRegion->end, int64_t(2 * kModelRate));
        QCOMPARE(request->durationSamples, int64_t(5 * kModelRate));  // the take's length, not the video's
        QCOMPARE(request->existingTake.frameCount(), size_t(5 * kModelRate));

        s.parameters.region = core::SampleTimeRange{6 * kProjectRate, 7 * kProjectRate};
        request = buildGenerationRequest(s, media);
        QVERIFY(!request.ok());
        QCOMPARE(request.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TstGenerationRequestBuilder)
#include "tst_generationrequestbuilder.moc"
