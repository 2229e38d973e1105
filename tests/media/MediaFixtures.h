#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Test media made at test time with the ffmpeg CLI (nothing binary is committed).
// Every generator returns the absolute path it wrote, or an empty string (see lastError()).
// FFmpeg's own EBU R128 meter (`-af ebur128=peak=true`): the independent check on core/dsp's meter and on exports.
struct IndependentLoudness {
    bool ok = false;
    double integratedLufs = 0;
    double loudnessRangeLu = 0;
    double truePeakDbtp = 0;
};

// One run of foleyforge-cli (the FOLEY_CLI environment variable) for the CLI tests.
struct CliResult {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};
CliResult runFoleyCli(const QStringList& args, int timeoutMs = 300000);

class MediaFixtures {
public:
    explicit MediaFixtures(const QString& folder);

    QString path(const QString& name) const;
    const QString& lastError() const { return m_lastError; }

    // Runs `ffmpeg -hide_banner -loglevel error -y ARGS`; false on failure (lastError() has its stderr).
    bool ffmpeg(const QStringList& args);

    // H.264 (yuv420p, with B-frames) testsrc at 25 fps, 320x240, plus AAC mono 440 Hz sine (amplitude 1/8).
    QString videoWithAudio(const QString& name, double seconds = 3.0);
    QString videoOnly(const QString& name, double seconds = 3.0);
    QString audioOnly(const QString& name, double seconds = 3.0, int rate = 48000, int channels = 2);
    // A sine WAV (pcm_s16le) at `frequency` Hz and amplitude 1/8.
    QString sineWav(const QString& name, double seconds, int rate, int channels, int frequency = 440);
    QString writeBytes(const QString& name, const QByteArray& bytes);
    QString copy(const QString& from, const QString& toName);

    // Files that are not (complete) media, each labelled: random bytes named .mp4, an MP4 without its
    // moov atom, an MP4 cut in the middle of its mdat, an empty file, and text named .txt and .mp4.
    QList<QPair<QString, QString>> badMediaFiles();

    // Measures the first audio stream of `path` with FFmpeg's ebur128 filter (ok = false: see lastError()).
    IndependentLoudness ebur128(const QString& path);

    static QByteArray sha256(const QString& path);
    // `ffmpeg -i X -map 0:v -c copy -f md5 -`: the MD5 of every video packet's data, in order.
    QString videoPacketMd5(const QString& path);
    static QByteArray randomBytes(int count, quint32 seed);

private:
    QString m_folder;
    QString m_lastError;
};
