#include "MediaFixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace {

constexpr int kFfmpegTimeoutMs = 120000;

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

}  // namespace

CliResult runFoleyCli(const QStringList& args, int timeoutMs)
{
    CliResult run;
    QProcess process;
    process.start(qEnvironmentVariable("FOLEY_CLI"), args);
    run.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

MediaFixtures::MediaFixtures(const QString& folder)
    : m_folder(folder)
{}

QString MediaFixtures::path(const QString& name) const
{
    return QDir(m_folder).filePath(name);
}

bool MediaFixtures::ffmpeg(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"), QStringList{"-hide_banner", "-nostdin", "-loglevel", "error", "-y"} + args);
    if (!process.waitForFinished(kFfmpegTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = QStringLiteral("ffmpeg %1 failed: %2").arg(args.join(' '), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

namespace {

// The value after `key` on the first line of ffmpeg's ebur128 summary that starts with it ("I:", "LRA:", "Peak:").
double summaryValue(const QString& summary, const QString& key, bool& ok)
{
    for (const QString& line : summary.split('\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(key)) continue;
        const QStringList parts = trimmed.mid(key.size()).trimmed().split(' ', Qt::SkipEmptyParts);
        bool parsed = false;
        const double value = parts.isEmpty() ? 0.0 : (parts.first() == QLatin1String("-inf") ? -1e9 : parts.first().toDouble(&parsed));
        ok = ok && (parsed || (!parts.isEmpty() && parts.first() == QLatin1String("-inf")));
        return value;
    }
    ok = false;
    return 0.0;
}

}  // namespace

IndependentLoudness MediaFixtures::ebur128(const QString& file)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"), {"-hide_banner", "-nostdin", "-nostats", "-i", file, "-map", "0:a:0", "-af",
                                             "ebur128=peak=true:framelog=verbose", "-f", "null", "-"});
    IndependentLoudness result;
    if (!process.waitForFinished(kFfmpegTimeoutMs) || process.exitCode() != 0) {
        m_lastError = QStringLiteral("ffmpeg ebur128 on %1 failed: %2").arg(file, QString::fromUtf8(process.readAllStandardError()));
        return result;
    }
    const QString log = QString::fromUtf8(process.readAllStandardError());
    const QString summary = log.mid(log.lastIndexOf(QLatin1String("Summary:")));
    result.ok = true;
    result.integratedLufs = summaryValue(summary, QStringLiteral("I:"), result.ok);
    result.loudnessRangeLu = summaryValue(summary, QStringLiteral("LRA:"), result.ok);
    result.truePeakDbtp = summaryValue(summary, QStringLiteral("Peak:"), result.ok);
    if (!result.ok) m_lastError = QStringLiteral("no ebur128 summary for %1: %2").arg(file, summary);
    return result;
}

QString MediaFixtures::videoWithAudio(const QString& name, double seconds)
{
    const QString out = path(name);
    const bool ok = ffmpeg({"-f", "lavfi", "-i", QStringLiteral("testsrc=duration=%1:size=320x240:rate=25").arg(number(seconds)),
                            "-f", "lavfi", "-i", QStringLiteral("sine=frequency=440:duration=%1:sample_rate=44100").arg(number(seconds)),
                            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", out});
    return ok ? out : QString();
}

QString MediaFixtures::videoOnly(const QString& name, double seconds)
{
    const QString out = path(name);
    const bool ok = ffmpeg({"-f", "lavfi", "-i", QStringLiteral("testsrc=duration=%1:size=320x240:rate=25").arg(number(seconds)),
                            "-c:v", "libx264", "-pix_fmt", "yuv420p", out});
    return ok ? out : QString();
}

QString MediaFixtures::audioOnly(const QString& name, double seconds, int rate, int channels)
{
    const QString out = path(name);
    const bool ok = ffmpeg({"-f", "lavfi", "-i", QStringLiteral("sine=frequency=440:duration=%1:sample_rate=%2").arg(number(seconds)).arg(rate),
                            "-ac", QString::number(channels), out});
    return ok ? out : QString();
}

QString MediaFixtures::sineWav(const QString& name, double seconds, int rate, int channels, int frequency)
{
    const QString out = path(name);
    const bool ok = ffmpeg({"-f", "lavfi", "-i",
                            QStringLiteral("sine=frequency=%1:duration=%2:sample_rate=%3").arg(frequency).arg(number(seconds)).arg(rate),
                            "-ac", QString::number(channels), "-c:a", "pcm_s16le", out});
    return ok ? out : QString();
}

QString MediaFixtures::writeBytes(const QString& name, const QByteArray& bytes)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        m_lastError = QStringLiteral("cannot write %1").arg(file.fileName());
        return {};
    }
    return file.fileName();
}

QString MediaFixtures::copy(const QString& from, const QString& toName)
{
    const QString to = path(toName);
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        m_lastError = QStringLiteral("cannot copy %1 to %2").arg(from, to);
        return {};
    }
    return to;
}

QList<QPair<QString, QString>> MediaFixtures::badMediaFiles()
{
    // Every case must be built: a case dropped because ffmpeg failed would let the tests pass without testing it,
    // so a fixture that cannot be made stops the test binary with the reason.
    auto require = [this](bool ok, const char* what) {
        if (!ok) qFatal("bad-media fixture '%s' could not be built: %s", what, qPrintable(m_lastError));
    };
    auto readAll = [&require](const QString& path, const char* what) {
        QFile file(path);
        require(file.open(QIODevice::ReadOnly), what);
        return file.readAll();
    };
    QList<QPair<QString, QString>> files;
    files.append({"random bytes", writeBytes("random.mp4", randomBytes(200000, 7))});
    // ffmpeg writes moov after mdat by default: keeping the first half loses the moov atom.
    const QString plain = videoWithAudio("whole.mp4");
    require(!plain.isEmpty(), "moov missing");
    const QByteArray whole = readAll(plain, "moov missing");
    files.append({"moov missing", writeBytes("moov-missing.mp4", whole.left(whole.size() / 2))});
    // With +faststart the moov comes first, so a cut keeps the index but loses the end of mdat.
    const QString fast = path("faststart.mp4");
    require(ffmpeg({"-i", plain, "-c", "copy", "-movflags", "+faststart", fast}), "cut mid-mdat");
    const QByteArray faststart = readAll(fast, "cut mid-mdat");
    files.append({"cut mid-mdat", writeBytes("cut-mdat.mp4", faststart.left(faststart.size() * 6 / 10))});
    files.append({"empty file", writeBytes("empty.mp4", QByteArray())});
    const QByteArray text = "Foley notes\nfootsteps on gravel at 00:01, door slam at 00:02\n";
    files.append({"text file", writeBytes("notes.txt", text.repeated(50))});
    files.append({"text named .mp4", writeBytes("notes.mp4", text.repeated(50))});
    for (const auto& [label, file] : files) require(!file.isEmpty(), qPrintable(label));
    return files;
}

QByteArray MediaFixtures::sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString MediaFixtures::videoPacketMd5(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  {"-hide_banner", "-nostdin", "-loglevel", "error", "-i", path, "-map", "0:v", "-c", "copy", "-f", "md5", "-"});
    if (!process.waitForFinished(kFfmpegTimeoutMs) || process.exitCode() != 0) {
        m_lastError = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QByteArray MediaFixtures::randomBytes(int count, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(count, '\0');
    for (char& byte : bytes) byte = static_cast<char>(generator.bounded(256));
    return bytes;
}
