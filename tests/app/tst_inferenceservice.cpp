#include "app/services/GenerationMediaDecoder.h"
#include "app/services/InferenceService.h"
#include "inference/pack/RandomPack.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace foley;
using namespace foley::app;

// The app's inference thread without a window: jobs run first in, first out; a cancelled queued job never starts;
// the video is decoded and encoded once; takes never overwrite a file; a missing pack fails jobs with its message;
// shutdown stops a running job. Tiny random-weight pack (noise audio: the plumbing is under test).
class TstInferenceService : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;
    QString m_video;

    GenerationJob job(int steps, const QString& out) const
    {
        GenerationJob j;
        j.snapshot.videoPath = m_video;
        j.snapshot.mediaDuration = 2 * kProjectRate;
        j.snapshot.caption.text = QStringLiteral("wood knock");
        j.snapshot.parameters.steps = steps;
        j.snapshot.onsets = {core::Onset{1, kProjectRate / 2, 1.0, {}, core::OnsetOrigin::Manual},
                             core::Onset{2, 3 * kProjectRate / 2, 0.8, {}, core::OnsetOrigin::Manual}};
        j.outputPath = m_dir.filePath(out);
        return j;
    }

    static bool loadPack(InferenceService& service, const QString& folder)
    {
        QSignalSpy loaded(&service, &InferenceService::packLoaded);
        service.loadPack(folder);
        return loaded.wait(60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        QVERIFY(inference::makeRandomPack(m_pack.toStdString(), {}).ok());
        m_video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), {"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=25",
                                                "-pix_fmt", "yuv420p", m_video});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);
    }

    void jobsRunInOrderAndACancelledQueuedJobNeverStarts()
    {
        InferenceService service;
        QVERIFY(loadPack(service, m_pack));
        QVERIFY(service.packStatus().loaded);
        QList<QPair<JobId, QString>> events;  // (job, "done" | error code name)
        QList<GenerationOutcome> outcomes;
        connect(&service, &InferenceService::finished, this, [&](const GenerationOutcome& o) {
            events.append({o.id, QStringLiteral("done")});
            outcomes.append(o);
        });
        connect(&service, &InferenceService::failed, this,
                [&](JobId id, const Error& e) { events.append({id, QString::fromLatin1(errorCodeName(e.code))}); });
        QList<double> progressOfFirst;
        connect(&service, &InferenceService::progressed, this, [&](JobId id, double fraction, int, int) {
            if (id == 1) progressOfFirst.append(fraction);
        });

        const JobId a = service.submit(job(3, QStringLiteral("take.wav")));
        const JobId b = service.submit(job(3, QStringLiteral("never.wav")));
        const JobId c = service.submit(job(3, QStringLiteral("take.wav")));  // same name: must not overwrite
        service.cancel(b);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, 120000);
        QCOMPARE(events[0], (QPair<JobId, QString>{a, QStringLiteral("done")}));
        QCOMPARE(events[1].first, b);
        QCOMPARE(events[1].second, QString::fromLatin1(errorCodeName(ErrorCode::Cancelled)));
        QCOMPARE(events[2], (QPair<JobId, QString>{c, QStringLiteral("done")}));
        QCOMPARE(service.pendingJobs(), 0);

        QVERIFY(!outcomes[0].reusedVideoFeatures);
        QVERIFY(outcomes[1].reusedVideoFeatures);  // decoded and encoded once per video
        QCOMPARE(outcomes[0].audioPath, m_dir.filePath(QStringLiteral("take.wav")));
        QCOMPARE(outcomes[1].audioPath, m_dir.filePath(QStringLiteral("take-2.wav")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.wav"))));
        for (const GenerationOutcome& o : outcomes) {
            QCOMPARE(o.samples, int64_t(32000));
            QVERIFY(o.metrics.value(QStringLiteral("onsetF1")).isDouble());
            const auto audio = GenerationMediaDecoder::decodeModelAudio(o.audioPath);
            QVERIFY(audio.ok());
            QCOMPARE(audio->frameCount(), size_t(32000));
        }
        QVERIFY(!progressOfFirst.isEmpty());
        QVERIFY(std::is_sorted(progressOfFirst.begin(), progressOfFirst.end()));
        QCOMPARE(progressOfFirst.last(), 1.0);
    }

    void aMissingPackFailsJobsWithTheEnginesMessage()
    {
        InferenceService service;
        QVERIFY(loadPack(service, m_dir.filePath(QStringLiteral("nowhere"))));
        QVERIFY(!service.packStatus().loaded);
        QCOMPARE(service.packStatus().error.code, ErrorCode::InferencePackMissing);
        QSignalSpy failed(&service, &InferenceService::failed);
        service.submit(job(2, QStringLiteral("missing.wav")));
        QVERIFY(failed.wait(20000));
        const Error error = failed.first().at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::InferencePackMissing);
        QCOMPARE(error.message, service.packStatus().error.message);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.wav"))));
    }

    void shutdownStopsARunningJob()
    {
        InferenceService service;
        QVERIFY(loadPack(service, m_pack));
        QSignalSpy progressed(&service, &InferenceService::progressed);
        service.submit(job(1000, QStringLiteral("long.wav")));
        QTRY_VERIFY_WITH_TIMEOUT(progressed.size() >= 2, 60000);  // sampling has started
        QElapsedTimer timer;
        timer.start();
        service.shutdown();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("long.wav"))));
    }

    // Closing while a pack loads cancels the load: the thread has stopped when shutdown returns (destroying the
    // service then is safe) and the load reports Cancelled, having loaded nothing.
    void shutdownDuringAPackLoadCancelsIt()
    {
        auto service = std::make_unique<InferenceService>();
        QSignalSpy progressed(service.get(), &InferenceService::packLoadProgressed);
        QSignalSpy loaded(service.get(), &InferenceService::packLoaded);
        // The shipped pack (27 MB) takes a few hundred milliseconds to check; its first progress means it is under way.
        service->loadPack(qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/resources/models/default"));
        QVERIFY(progressed.wait(10000));
        service->shutdown();
        QVERIFY2(!service->isRunning(), "shutdown returned while the thread still runs");
        QTRY_COMPARE(loaded.size(), 1);  // queued before the thread stopped
        const PackStatus status = loaded[0][0].value<PackStatus>();
        QVERIFY(!status.loaded);
        QCOMPARE(status.error.code, ErrorCode::Cancelled);
        service.reset();  // would abort ("QThread: Destroyed while thread is still running") if it were running
    }

    // A newer pack supersedes one still loading: the first load is cancelled, the second one is what is loaded.
    void aNewerLoadSupersedesOneStillLoading()
    {
        InferenceService service;
        QSignalSpy loaded(&service, &InferenceService::packLoaded);
        service.loadPack(qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/resources/models/default"));
        service.loadPack(m_pack);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 60000);
        QCOMPARE(loaded[0][0].value<PackStatus>().error.code, ErrorCode::Cancelled);
        QVERIFY(loaded[1][0].value<PackStatus>().loaded);
        QVERIFY(service.packStatus().loaded);
    }
};

QTEST_GUILESS_MAIN(TstInferenceService)
#include "tst_inferenceservice.moc"
