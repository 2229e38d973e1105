// The other models (captions, mask, settings, takes, media) and the Project's modified state.

#include "CoreTestSupport.h"

#include "core/commands/OnsetCommands.h"
#include "core/model/Project.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace foley;
using namespace foley::core;
using foley::core::testing::makeOnset;

class TstProjectModels : public QObject {
    Q_OBJECT

private slots:
    void captionModelSignalsPerField()
    {
        CaptionModel model;
        QCOMPARE(model.qualityTag(), QStringLiteral("high quality"));
        QSignalSpy caption(&model, &CaptionModel::captionChanged);
        QSignalSpy negative(&model, &CaptionModel::negativePromptChanged);
        QSignalSpy quality(&model, &CaptionModel::qualityTagChanged);
        model.setCaption(Caption{QStringLiteral("rain"), CaptionOrigin::Mllm});
        model.setCaption(Caption{QStringLiteral("rain"), CaptionOrigin::Mllm});
        model.setNegativePrompt(QStringLiteral("music"));
        QCOMPARE(caption.count(), 1);
        QCOMPARE(negative.count(), 1);
        QCOMPARE(quality.count(), 0);
        QCOMPARE(model.caption().origin, CaptionOrigin::Mllm);
    }

    void captionSegmentsSortedAndNormalized()
    {
        CaptionModel model;
        QVERIFY(model.insertSegment(CaptionSegment{2, 500, 100, QStringLiteral("b"), CaptionOrigin::User}));
        QVERIFY(model.insertSegment(CaptionSegment{1, 300, 400, QStringLiteral("a"), CaptionOrigin::User}));
        QVERIFY(!model.insertSegment(CaptionSegment{1, 0, 1, {}, CaptionOrigin::User}));
        QCOMPARE(model.segments().size(), 2);
        QCOMPARE(model.segments()[0].id, SegmentId(2));  // swapped to [100, 500)
        QCOMPARE(model.segments()[0].start, SampleTime(100));
        QCOMPARE(model.segments()[0].end, SampleTime(500));
        QVERIFY(model.updateSegment(CaptionSegment{2, 350, 350, QStringLiteral("b"), CaptionOrigin::User}));
        QCOMPARE(model.segments()[0].id, SegmentId(1));
        QCOMPARE(model.segment(2)->end, SampleTime(351));  // empty span gets one sample
        QVERIFY(model.allocateSegmentId() > 2);
    }

    void maskRangeClipsClampsAndSignals()
    {
        TemporalMask mask;
        QCOMPARE(mask.rate(), (Rational{25, 1}));
        mask.conformTo(4 * kProjectRate + 1, Rational{25, 1});  // 4 s + 1 sample -> 101 frames
        QCOMPARE(mask.frameCount(), 101);
        QSignalSpy changed(&mask, &TemporalMask::maskChanged);
        mask.setRange(99, {0.5f, 2.0f, 0.25f, 0.9f});  // the last two frames fall off the end
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 99);
        QCOMPARE(changed.at(0).at(1).toInt(), 100);
        QCOMPARE(mask.value(100), 1.0f);  // clamped
        mask.setRange(-2, {0.1f, 0.1f, std::nanf(""), 0.3f});
        QCOMPARE(mask.value(0), 0.0f);   // NaN -> 0 (unchanged, already 0)
        QCOMPARE(mask.value(1), 0.3f);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toInt(), 1);
        mask.setRange(1, {0.3f});  // no change: no signal
        QCOMPARE(changed.count(), 2);
    }

    void maskConformsToMediaRateAndLength()
    {
        TemporalMask mask;
        mask.reset(Rational{25, 1}, std::vector<float>(50, 0.0f));
        mask.setRange(25, std::vector<float>(25, 1.0f));  // second 1..2 painted
        mask.conformTo(2 * kProjectRate, Rational{50, 1});
        QCOMPARE(mask.frameCount(), 100);
        QCOMPARE(mask.value(49), 0.0f);
        QCOMPARE(mask.value(50), 1.0f);
        QCOMPARE(mask.value(99), 1.0f);
        QCOMPARE(mask.frameAt(kProjectRate), 50);
        QCOMPARE(mask.frameStart(50), SampleTime(kProjectRate));
        QCOMPARE(TemporalMask::frameCountFor(kProjectRate, Rational{30000, 1001}), 30);
    }

    void generationParametersNormalize()
    {
        GenerationParameters p;
        // The evaluated defaults (core/types/GenerationDefaults.h): 20 steps, guidance 3, from recordings at 48 kHz.
        QCOMPARE(p.steps, 20);
        QCOMPARE(p.guidance, 3.0);
        QCOMPARE(p.variation, 0.3);
        QCOMPARE(p.sampleRate, 48000);
        QVERIFY(p.render == TakeRender::Recordings);
        QVERIFY(!p.region);
        p.steps = 0;
        p.temporalStrength = 9.0;
        p.guidance = std::nan("");
        p.region = SampleTimeRange{500, 100};
        const GenerationParameters n = p.normalized();
        QCOMPARE(n.steps, 1);
        QCOMPARE(n.temporalStrength, 2.0);
        QCOMPARE(n.guidance, GenerationParameters::kDefaultGuidance);
        QCOMPARE(n.region->start, SampleTime(100));
        p.region = SampleTimeRange{100, 100};
        QVERIFY(!p.normalized().region);  // an empty region means the whole clip
    }

    void takeListKeepsOrderAndActive()
    {
        TakeList takes;
        Take a;
        a.id = 1;
        a.name = QStringLiteral("Take 1");
        Take b = a;
        b.id = 2;
        b.name = QStringLiteral("Take 2");
        QVERIFY(takes.insert(a));
        QVERIFY(takes.insert(b));
        QVERIFY(takes.setActiveTakeId(2));
        QVERIFY(!takes.setActiveTakeId(7));
        QCOMPARE(takes.suggestedName(), QStringLiteral("Take 3"));
        QSignalSpy active(&takes, &TakeList::activeTakeChanged);
        QVERIFY(takes.remove(2));
        QCOMPARE(takes.activeTakeId(), kInvalidId);
        QCOMPARE(active.count(), 1);
        QVERIFY(takes.insert(b, 0));
        QCOMPARE(takes.takes()[0].id, TakeId(2));
        QVERIFY(!takes.reset({a, a}, kInvalidId));
        QVERIFY(!takes.reset({a}, 5));
        QCOMPARE(takes.count(), 2);
    }

    void mediaReferenceDetectsChanges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("clip with space é.mp4"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0123456789");
        file.close();
        MediaReference media;
        QCOMPARE(media.checkOnDisk(), MediaState::NoMedia);
        QVERIFY(media.setFileFromDisk(path));
        QCOMPARE(media.description().sizeBytes, qint64(10));
        QCOMPARE(media.checkOnDisk(), MediaState::Present);
        QVERIFY(file.open(QIODevice::Append));
        file.write("more");
        file.close();
        QCOMPARE(media.checkOnDisk(), MediaState::Changed);
        QVERIFY(QFile::remove(path));
        QCOMPARE(media.checkOnDisk(), MediaState::Missing);
        QVERIFY(!media.setFileFromDisk(path));
    }

    void projectModifiedFollowsCleanState()
    {
        Project project;
        QVERIFY(!project.isModified());
        QCOMPARE(project.displayName(), QStringLiteral("Untitled"));
        QSignalSpy modified(&project, &Project::modifiedChanged);
        QVERIFY(project.push(new AddOnsetCommand(&project.onsets(), makeOnset(kInvalidId, 100))));
        QVERIFY(project.isModified());
        QCOMPARE(modified.count(), 1);
        project.undoStack().undo();
        QVERIFY(!project.isModified());
        project.undoStack().redo();
        project.markSaved();
        QVERIFY(!project.isModified());
        project.markRecovered();
        QVERIFY(project.isModified());
        project.markSaved();
        QVERIFY(!project.isModified());
        QCOMPARE(modified.count(), 6);
    }

    void maskLengthFollowsTheMedia()
    {
        Project project;
        QCOMPARE(project.mask().frameCount(), 0);
        project.mediaReference().setDescription(MediaDescription{QStringLiteral("/v.mp4"), 1, 1, 2 * kProjectRate, Rational{25, 1}, 0, 0});
        QCOMPARE(project.mask().frameCount(), 50);
        project.mask().setRange(40, std::vector<float>(10, 0.5f));
        project.mediaReference().setProbedFacts(3 * kProjectRate, Rational{25, 1}, 640, 360);  // probed later
        QCOMPARE(project.mask().frameCount(), 75);
        QCOMPARE(project.mask().value(45), 0.5f);  // painted values stay where they were
        QCOMPARE(project.mask().value(60), 0.0f);
        project.mask().conformTo(3 * kProjectRate, Rational{30000, 1001});  // the app picks the video's rate
        QCOMPARE(project.mask().frameCount(), 90);
        project.mediaReference().setProbedFacts(4 * kProjectRate, Rational{30000, 1001}, 640, 360);
        QCOMPARE(project.mask().rate(), (Rational{30000, 1001}));  // the rate is kept
        QCOMPARE(project.mask().frameCount(), 120);
    }

    void restoreStateRoundTripsAndValidates()
    {
        Project project;
        const ProjectState rich = foley::core::testing::richState(QStringLiteral("/tmp/v.mp4"), QStringLiteral("/tmp/t.wav"));
        QVERIFY(project.restoreState(rich));
        QVERIFY(project.state() == rich);
        QVERIFY(!project.isModified());
        ProjectState broken = rich;
        broken.onsets.append(broken.onsets.first());
        QVERIFY(!project.restoreState(broken));
        broken = rich;
        broken.activeTake = 77;
        QVERIFY(!project.restoreState(broken));
        QVERIFY(project.state() == rich);
    }
};

QTEST_GUILESS_MAIN(TstProjectModels)
#include "tst_projectmodels.moc"
