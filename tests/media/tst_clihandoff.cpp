// Hand-off through foleyforge-cli export: loudness normalisation checked by FFmpeg's independent ebur128 meter on the
// written MP4 (within ±0.5 LU of the target, true peak under the ceiling), Broadcast WAV stems (48 kHz, 24 bit, exactly
// as long as the video, bext and cue points), and the refusals: silence, an unrelated file where a stem would go.
#include "MediaFixtures.h"

#include "core/media/BroadcastWav.h"
#include "core/media/MediaProbe.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

class TstCliHandoff : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_media;
    QString m_video;
    QString m_take;
    QString m_onsets;

    quint64 videoFrames48k(const QString& video)
    {
        const auto info = foley::media::probeMedia(video.toStdString());
        if (!info || !info->bestVideo()) return 0;
        return static_cast<quint64>(std::llround(info->bestVideo()->durationSeconds * 48000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("FOLEY_CLI")).isExecutable(), "FOLEY_CLI must point to foleyforge-cli");
        m_media = std::make_unique<MediaFixtures>(m_dir.path());
        m_video = m_media->videoWithAudio("clip.mp4", 4.0);
        // Pink noise with sharp clicks: loud targets need the limiter, quiet ones only gain.
        m_take = m_media->path("take.wav");
        QVERIFY2(!m_video.isEmpty() && m_media->ffmpeg({"-f", "lavfi", "-i", "anoisesrc=d=4.5:c=pink:a=0.15:r=48000:seed=7", "-f", "lavfi", "-i",
                                                        "aevalsrc=0.8*exp(-mod(t\\,0.5)/0.004)*sin(2*PI*2500*t):d=4.5:s=48000",
                                                        "-filter_complex", "amix=inputs=2:normalize=0", "-ac", "1", m_take}),
                 qPrintable(m_media->lastError()));
        m_onsets = m_media->writeBytes("onsets.csv", "time,strength,label\n0.5,1,door\n1.25,0.5,step\n");
        QVERIFY(!m_onsets.isEmpty());
    }

    void normalisesToTarget_data()
    {
        QTest::addColumn<QString>("loudness");
        QTest::addColumn<double>("targetLufs");
        QTest::addColumn<bool>("limited");
        QTest::newRow("broadcast preset") << "broadcast" << -23.0 << false;
        QTest::newRow("streaming, -14") << "-14" << -14.0 << true;
    }

    void normalisesToTarget()
    {
        QFETCH(QString, loudness);
        QFETCH(double, targetLufs);
        QFETCH(bool, limited);
        const QString out = m_media->path(QStringLiteral("loud%1.mp4").arg(QTest::currentDataTag()[0] == 'b' ? "b" : "s"));
        const CliResult run = runFoleyCli({"export", m_video, "--audio", m_take, "--out", out, "--loudness", loudness, "--true-peak", "-1"});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        const QString report = QString::fromUtf8(run.out);
        QVERIFY2(report.contains("Loudness before:") && report.contains("Loudness after:"), qPrintable(report));
        QCOMPARE(report.contains("Peaks were limited"), limited);
        const IndependentLoudness check = m_media->ebur128(out);
        QVERIFY2(check.ok, qPrintable(m_media->lastError()));
        qInfo("%s: ffmpeg measures %.1f LUFS, %.1f dBTP in the MP4", qPrintable(loudness), check.integratedLufs, check.truePeakDbtp);
        QVERIFY(std::abs(check.integratedLufs - targetLufs) <= 0.5);
        QVERIFY(check.truePeakDbtp <= -1.0);
    }

    void writesBroadcastWavStems()
    {
        const QString stems = m_media->path("stems");
        QVERIFY(QDir().mkpath(stems));
        const QString unrelated = m_media->writeBytes("stems/notes.txt", "keep me");
        const QString out = m_media->path("stemmed.mp4");
        const QStringList args{"export", m_video, "--audio", m_take, "--out", out, "--original-gain", "0.5", "--loudness", "web",
                               "--stems", stems, "--caption", "a door slams, then steps", "--onsets", m_onsets};
        CliResult run = runFoleyCli(args);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        const quint64 frames = videoFrames48k(m_video);
        QVERIFY(frames > 0);
        for (const QString kind : {"take", "original", "mix"}) {
            const QString path = QDir(stems).filePath(QStringLiteral("stemmed.%1.wav").arg(kind));
            QVERIFY2(QString::fromUtf8(run.out).contains(path), qPrintable(run.out));
            const auto info = foley::media::readBroadcastWavInfo(path.toStdString());
            QVERIFY2(info.ok(), info.ok() ? "" : info.error().message.c_str());
            QCOMPARE(info->sampleRate, 48000);
            QCOMPARE(info->bitsPerSample, 24);
            QCOMPARE(info->channels, 2);
            QCOMPARE(info->frames, frames);
            QVERIFY(info->bext.has_value());
            QCOMPARE(QString::fromStdString(info->bext->description), QStringLiteral("a door slams, then steps"));
            QCOMPARE(QString::fromStdString(info->bext->originator), QStringLiteral("FoleyForge"));
            QCOMPARE(info->bext->timeReferenceSamples, quint64{0});
            QVERIFY(QRegularExpression("^\\d{4}-\\d{2}-\\d{2}$").match(QString::fromStdString(info->bext->originationDate)).hasMatch());
            QVERIFY(QRegularExpression("^\\d{2}:\\d{2}:\\d{2}$").match(QString::fromStdString(info->bext->originationTime)).hasMatch());
            QCOMPARE(info->cues.size(), size_t{kind == QLatin1String("take") ? 2u : 0u});
        }
        const auto take = foley::media::readBroadcastWavInfo(QDir(stems).filePath("stemmed.take.wav").toStdString());
        QCOMPARE(take->cues[0].sampleOffset, quint64{24000});
        QCOMPARE(QString::fromStdString(take->cues[1].label), QStringLiteral("step"));
        // The mix stem is what the MP4 carries: normalised, and its bext loudness says so.
        const IndependentLoudness mix = m_media->ebur128(QDir(stems).filePath("stemmed.mix.wav"));
        QVERIFY(mix.ok && std::abs(mix.integratedLufs - -16.0) <= 0.5 && mix.truePeakDbtp <= -1.0);
        const auto mixInfo = foley::media::readBroadcastWavInfo(QDir(stems).filePath("stemmed.mix.wav").toStdString());
        QVERIFY(mixInfo->bext->integratedLufs && std::abs(*mixInfo->bext->integratedLufs - -16.0) <= 0.5);
        // Cue points are markers to import too: the take stem's, given as --onsets, come back as the same cues.
        const QString again = m_media->path("again");
        const CliResult reimport = runFoleyCli({"export", m_video, "--audio", m_take, "--out", m_media->path("again.mp4"), "--stems", again,
                                                "--onsets", QDir(stems).filePath("stemmed.take.wav")});
        QVERIFY2(reimport.exitCode == 0, qPrintable(reimport.err));
        const auto cuesAgain = foley::media::readBroadcastWavInfo(QDir(again).filePath("again.take.wav").toStdString());
        QVERIFY(cuesAgain.ok() && cuesAgain->cues == take->cues);
        // Running again replaces its own stems; the user's file is untouched.
        run = runFoleyCli(args);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(stems).entryList(QDir::Files).size(), 4);
        QFile notes(unrelated);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("keep me"));
    }

    void neverOverwritesUnrelatedFiles()
    {
        const QString stems = m_media->path("busy");
        QVERIFY(QDir().mkpath(stems));
        const QString mine = m_media->writeBytes("busy/mine.mix.wav", "my own mix, not a stem");
        const CliResult run = runFoleyCli({"export", m_video, "--audio", m_take, "--out", m_media->path("mine.mp4"), "--stems", stems});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("refusing to overwrite") && run.err.contains("mine.mix.wav"), qPrintable(run.err));
        QFile file(mine);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("my own mix, not a stem"));
        QCOMPARE(QDir(stems).entryList(QDir::Files), QStringList{"mine.mix.wav"});
    }

    void silenceCannotReachTarget()
    {
        const QString silentVideo = m_media->videoOnly("silent.mp4", 2.0);
        const QString silence = m_media->path("silence.wav");
        QVERIFY(m_media->ffmpeg({"-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono", "-t", "2", silence}));
        const QString out = m_media->path("never.mp4");
        const CliResult run = runFoleyCli({"export", silentVideo, "--audio", silence, "--out", out, "--loudness", "-23"});
        // Without normalisation the same export works, and says its original stem is silence.
        const CliResult plain = runFoleyCli({"export", silentVideo, "--audio", m_take, "--out", m_media->path("quiet.mp4"), "--stems", m_media->path("quiet")});
        QVERIFY2(plain.exitCode == 0 && plain.out.contains("the original stem is silence"), qPrintable(plain.err + plain.out));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: ") && run.err.contains("cannot be reached"), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void badLoudnessIsAUsageError()
    {
        const CliResult run = runFoleyCli({"export", m_video, "--audio", m_take, "--out", m_media->path("x.mp4"), "--loudness", "loud"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--loudness"));
    }
};

QTEST_GUILESS_MAIN(TstCliHandoff)
#include "tst_clihandoff.moc"
