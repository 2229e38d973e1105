#include "app/train/corpus/CorpusBuilder.h"

#include "app/train/corpus/CorpusSplitter.h"
#include "core/io/AtomicFileWriter.h"
#include "core/io/CsvFormat.h"
#include "core/dsp/RecordingDescriptors.h"
#include "core/media/AudioDecoder.h"
#include "core/media/WavFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace foley::app::train {
namespace {

constexpr float kSilencePeak = 1.0f / 32768.0f;
constexpr double kDecodeMargin = 0.5;  // decode a little past the limit so "too long" is detected cheaply

std::string encodedPath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

}  // namespace

CorpusBuilder::CorpusBuilder(CorpusBuildOptions options, const FoleyTaxonomy& taxonomy)
    : m_options(std::move(options)), m_taxonomy(taxonomy)
{}

QString CorpusBuilder::workDir() const
{
    return QDir(m_options.outDir).filePath(QStringLiteral(".work"));
}

void CorpusBuilder::log(const QString& line) const
{
    if (m_options.log) m_options.log(line);
}

Status CorpusBuilder::prepare()
{
    QDir out(m_options.outDir);
    if (!out.mkpath(QStringLiteral(".")))
        return makeError(ErrorCode::IoWriteFailed, QStringLiteral("cannot create '%1'").arg(m_options.outDir).toStdString());
    const QString clips = out.filePath(QStringLiteral("clips"));
    if (QFileInfo::exists(clips)) {
        // Only a folder this builder made is cleared: it has a manifest beside its clips.
        if (!QFileInfo::exists(out.filePath(QStringLiteral("manifest.csv"))))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("'%1' has clips/ but no manifest.csv; refusing to overwrite it").arg(m_options.outDir).toStdString());
        if (!QDir(clips).removeRecursively() || !QDir(out.filePath(QStringLiteral("native"))).removeRecursively())
            return makeError(ErrorCode::IoWriteFailed, QStringLiteral("cannot clear '%1'").arg(clips).toStdString());
    }
    QDir(workDir()).removeRecursively();
    // A build killed while writing its manifest or report left temp files beside them (clips/ is cleared above).
    core::AtomicFileWriter::removeLeftoverTempFiles(m_options.outDir);
    if (!out.mkpath(QStringLiteral("clips")) || !out.mkpath(QStringLiteral(".work")))
        return makeError(ErrorCode::IoWriteFailed, QStringLiteral("cannot create folders in '%1'").arg(m_options.outDir).toStdString());
    return okStatus();
}

QString CorpusBuilder::admit(const ClipCandidate& candidate)
{
    PackageCounts& counts = m_report.package(candidate.package);
    ++counts.seen;
    if (!candidate.label.isEmpty()) return candidate.label;
    const ClassDecision decision = m_taxonomy.classify(candidate.package, candidate.matchPath);
    if (decision.kind == ClassDecision::Kind::Excluded) {
        ++counts.excluded;
        ++m_report.drops().excluded;
        m_unclassified << core::joinCsvLine({candidate.package, candidate.source, QStringLiteral("excluded")});
    }
    if (decision.kind == ClassDecision::Kind::Other) {
        ++counts.other;
        ++m_report.drops().other;
        m_unclassified << core::joinCsvLine({candidate.package, candidate.source, QStringLiteral("other")});
    }
    return decision.className;
}

void CorpusBuilder::countUndecodable()
{
    ++m_report.drops().undecodable;
}

bool CorpusBuilder::addClip(const ClipCandidate& candidate, const QString& className, const QString& audioPath)
{
    media::AudioDecodeOptions decode;
    decode.sampleRate = m_options.sampleRate;
    decode.channels = 1;
    decode.maxSeconds = m_options.maxSeconds + kDecodeMargin;
    Result<AudioBuffer> audio = media::decodeAudio(encodedPath(audioPath), decode);
    CorpusDropCounts& drops = m_report.drops();
    if (!audio || audio->isEmpty()) {
        ++drops.undecodable;
        return false;
    }
    const auto drop = [](int& counter) {
        ++counter;
        return false;
    };
    const double seconds = audio->durationSeconds();
    if (seconds > m_options.maxSeconds) return drop(drops.tooLong);
    if (seconds < m_options.minSeconds) return drop(drops.tooShort);
    const auto& samples = audio->samples();
    const float peak = std::accumulate(samples.begin(), samples.end(), 0.0f,
                                       [](float m, float s) { return std::max(m, std::fabs(s)); });
    if (peak < kSilencePeak) return drop(drops.silent);
    const QString id = CorpusSplitter::clipId(candidate.package, candidate.source);
    // Exact duplicates: the same decoded audio. (A key of file size and duration would also merge distinct
    // fixed-length PCM files, e.g. bucklespring's key sounds, which all have one size.)
    const QByteArray audioHash = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char*>(samples.data()), static_cast<qsizetype>(samples.size() * sizeof(float))),
        QCryptographicHash::Sha1);
    if (m_ids.contains(id) || m_audioHashes.contains(audioHash)) return drop(drops.duplicate);

    const QString relative = QStringLiteral("clips/%1/%2.wav").arg(className, id);
    const QString absolute = QDir(m_options.outDir).filePath(relative);
    QDir().mkpath(QFileInfo(absolute).path());
    Status written = media::writeWav(encodedPath(absolute), *audio, media::WavSampleFormat::Int16);
    NativeCopy native;
    if (written) written = writeNativeCopy(audioPath, className, id, native);
    if (!written) {
        if (!m_writeError) m_writeError = written.error();  // a full disk fails the build in finish()
        return false;
    }
    m_ids.insert(id);
    m_audioHashes.insert(audioHash);
    const QString split = CorpusSplitter::splitFor(candidate.package, candidate.source);
    const dsp::RecordingDescriptors descriptors =
        dsp::RecordingDescriptors::measure(samples.data(), static_cast<int64_t>(samples.size()), audio->sampleRate());
    m_manifest.add({id, className, split, candidate.package, candidate.version, candidate.licence, candidate.source, seconds,
                    relative, native.relativePath, native.sampleRate, native.channels, descriptors.attacksPerSecond,
                    descriptors.unsteadinessDb, native.highFrequencyAttacksPerSecond});
    m_report.addClip(className, split, seconds);
    ++m_report.package(candidate.package).kept;
    return true;
}

Status CorpusBuilder::writeNativeCopy(const QString& audioPath, const QString& className, const QString& id, NativeCopy& copy)
{
    // The recording as it was made (its own rate and channels, 16-bit PCM): takes are rendered from this copy at
    // full bandwidth; the 16 kHz clip above is only what the model learns from.
    media::AudioDecodeOptions decode;
    decode.sampleRate = 0;
    decode.channels = 0;
    decode.maxSeconds = m_options.maxSeconds + kDecodeMargin;
    Result<AudioBuffer> audio = media::decodeAudio(encodedPath(audioPath), decode);
    if (!audio) return audio.error();
    copy.relativePath = QStringLiteral("native/%1/%2.wav").arg(className, id);
    copy.sampleRate = audio->sampleRate();
    copy.channels = audio->channels();
    const AudioBuffer mono = audio->toMono();
    copy.highFrequencyAttacksPerSecond = dsp::RecordingDescriptors::highFrequencyAttackRate(
        mono.data(), static_cast<int64_t>(mono.frameCount()), mono.sampleRate());
    const QString absolute = QDir(m_options.outDir).filePath(copy.relativePath);
    QDir().mkpath(QFileInfo(absolute).path());
    return media::writeWav(encodedPath(absolute), *audio, media::WavSampleFormat::Int16);
}

bool CorpusBuilder::addClipBytes(const ClipCandidate& candidate, const QString& className, const QByteArray& bytes,
                                 const QString& suffix)
{
    const QString temp = QDir(workDir()).filePath(QStringLiteral("member-%1.%2").arg(++m_tempCounter).arg(suffix));
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        ++m_report.drops().undecodable;
        return false;
    }
    file.close();
    const bool kept = addClip(candidate, className, temp);
    QFile::remove(temp);
    return kept;
}

Status CorpusBuilder::finish()
{
    QDir(workDir()).removeRecursively();
    if (m_writeError) return *m_writeError;
    m_manifest.sort();
    const QDir out(m_options.outDir);
    Status status = m_manifest.write(out.filePath(QStringLiteral("manifest.csv")));
    if (!status) return status;
    status = writeUnclassified(out.filePath(QStringLiteral("unclassified.csv")));
    if (!status) return status;
    return m_report.write(out.filePath(QStringLiteral("report.txt")), out.filePath(QStringLiteral("report.json")));
}

Status CorpusBuilder::writeUnclassified(const QString& path) const
{
    const QByteArray text = (QStringLiteral("package,source,reason\n") + m_unclassified.join(QLatin1Char('\n')) +
                             (m_unclassified.isEmpty() ? QString() : QStringLiteral("\n")))
                                .toUtf8();
    return core::AtomicFileWriter::write(path, text, ErrorCode::IoWriteFailed);
}

}  // namespace foley::app::train
