#include "app/services/library/LibraryIndexer.h"

#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/MelSpectrogram.h"
#include "core/media/AudioDecoder.h"
#include "core/media/MediaProbe.h"
#include "core/types/SampleTime.h"
#include "inference/retrieval/SoundLibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace foley::app {

namespace {

constexpr double kOneShotMaxSeconds = 6.0;   // longer is a texture (an ambience, a loop)...
constexpr double kTextureAttacksPerSecond = 2.0;  // ... and so is a recording of many attacks (footsteps, rain)
constexpr int kOneShotMaxAttacks = 2;             // (a short hit with a bounce is still one event)
constexpr int kCommitEveryFiles = 200;

// Tags whose values describe the sound (BWF bext description and originator, RIFF INFO, ID3, Vorbis comments).
const char* const kDescriptionTags[] = {"description", "comment", "title"};
const char* const kWordTags[] = {"keywords", "genre", "subject", "album", "artist", "originator", "icmt", "isbj", "ikey"};

QString splitWords(const QString& text)
{
    QString spaced = text;
    spaced.replace(QRegularExpression(QStringLiteral("([a-z])([A-Z])")), QStringLiteral("\\1 \\2"));  // camelCase
    return spaced.split(QRegularExpression(QStringLiteral("[^\\w]+|_")), Qt::SkipEmptyParts).join(QLatin1Char(' '));
}

QString contentHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Mean level, attacks, and the power spectrum's centroid and spread, from the 16 kHz mono decode.
void describe(const AudioBuffer& mono, IndexedRecording& r)
{
    const auto n = static_cast<int64_t>(mono.frameCount());
    double energy = 0.0;
    for (float v : mono.samples()) energy += static_cast<double>(v) * v;
    r.loudnessDb = 10.0 * std::log10(std::max(energy / static_cast<double>(std::max<int64_t>(n, 1)), 1e-12));
    r.attacks = static_cast<int>(dsp::AudioOnsetDetector(dsp::AudioOnsetConfig::everyAttack()).detect(mono.data(), n).onsets.size());
    dsp::MelSpectrogram analysis;
    const dsp::MelFrames spectrum = analysis.linearSpectrogram(mono.data(), n, dsp::SpectrogramScale::Linear);
    const double binHz = static_cast<double>(mono.sampleRate()) / (2.0 * (spectrum.melCount - 1));
    double power = 0.0, first = 0.0, second = 0.0;
    for (int64_t f = 0; f < spectrum.frameCount; ++f)
        for (int b = 0; b < spectrum.melCount; ++b) {
            const double p = static_cast<double>(spectrum.at(f, b)) * spectrum.at(f, b);
            const double hz = b * binHz;
            power += p;
            first += p * hz;
            second += p * hz * hz;
        }
    r.centroidHz = power > 0 ? first / power : 0.0;
    r.bandwidthHz = power > 0 ? std::sqrt(std::max(0.0, second / power - r.centroidHz * r.centroidHz)) : 0.0;
    const double seconds = std::max(r.durationSeconds, 1e-3);
    r.oneShot = r.durationSeconds <= kOneShotMaxSeconds && (r.attacks <= kOneShotMaxAttacks || r.attacks / seconds < kTextureAttacksPerSecond);
}

// The recordings a corpus manifest names (native copies where there are any), by absolute path; empty when the
// folder has no manifest.
QHash<QString, LibraryIndexer::ManifestRow> readManifest(const QString& root)
{
    QHash<QString, LibraryIndexer::ManifestRow> rows;
    if (!QFileInfo::exists(QDir(root).filePath(QStringLiteral("manifest.csv")))) return rows;
    Result<inference::SoundLibrary> corpus = inference::SoundLibrary::open(QFile::encodeName(root).toStdString());
    if (!corpus) return rows;
    for (const inference::LibraryClip& clip : corpus->clips())
        rows.insert(QFileInfo(QFile::decodeName(clip.renderPath().c_str())).absoluteFilePath(),
                    LibraryIndexer::ManifestRow{QString::fromStdString(clip.soundClass), QString::fromStdString(clip.package),
                                                QString::fromStdString(clip.licence), QString::fromStdString(clip.source)});
    return rows;
}

}  // namespace

bool LibraryIndexer::isAudioFileName(const QString& fileName)
{
    static const QSet<QString> kExtensions{
        QStringLiteral("wav"), QStringLiteral("bwf"), QStringLiteral("w64"), QStringLiteral("rf64"), QStringLiteral("aif"),
        QStringLiteral("aiff"), QStringLiteral("aifc"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("oga"),
        QStringLiteral("opus"), QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("caf"), QStringLiteral("wv"),
        QStringLiteral("au"), QStringLiteral("snd"), QStringLiteral("wma")};
    return kExtensions.contains(QFileInfo(fileName).suffix().toLower());
}

Result<IndexedRecording> LibraryIndexer::analyse(const QString& path, const QString& root, const ManifestRow* manifest) const
{
    const QFileInfo file(path);
    const std::string native = QFile::encodeName(file.absoluteFilePath()).toStdString();
    Result<media::MediaInfo> info = media::probeMedia(native);
    if (!info) return info.error();
    const std::optional<media::StreamInfo> audio = info->bestAudio();
    if (!audio) return makeError(ErrorCode::MediaNoStream, "no audio stream");
    media::AudioDecodeOptions options;
    options.sampleRate = kModelRate;
    options.channels = 1;
    Result<AudioBuffer> mono = media::decodeAudio(native, options);
    if (!mono) return mono.error();
    if (mono->isEmpty()) return makeError(ErrorCode::MediaDecodeFailed, "no audio in it");

    IndexedRecording r;
    r.path = file.absoluteFilePath();
    r.sizeBytes = file.size();
    r.modifiedMs = file.lastModified().toMSecsSinceEpoch();
    r.contentHash = contentHash(r.path);
    // A corpus copy is named by a hash; the recording's own name is that of the file it was taken from.
    r.name = manifest ? QFileInfo(manifest->source).completeBaseName() : file.completeBaseName();
    r.durationSeconds = mono->durationSeconds();
    r.sampleRate = audio->sampleRate;
    r.channels = audio->channels;
    const QString folders = QDir(root).relativeFilePath(file.absolutePath());
    QStringList words{splitWords(folders == QLatin1String(".") ? QString() : folders), splitWords(r.name)};
    if (const std::optional<UcsName> ucs = m_ucs.parseFileName(r.name)) {
        r.category = ucs->category.category;
        r.subCategory = ucs->category.subCategory;
        r.description = ucs->fxName;
        words << ucs->userCategory << ucs->creatorId << ucs->sourceId;
    } else {
        r.category = file.absoluteDir().dirName();
    }
    for (const char* key : kDescriptionTags)
        if (const auto it = info->tags.find(key); it != info->tags.end())
            r.description += (r.description.isEmpty() ? QString() : QStringLiteral(" · ")) + QString::fromStdString(it->second);
    for (const char* key : kWordTags)
        if (const auto it = info->tags.find(key); it != info->tags.end()) words << splitWords(QString::fromStdString(it->second));
    if (manifest) {
        r.category = manifest->soundClass;
        r.package = manifest->package;
        r.licence = manifest->licence;
        r.description = manifest->source;  // where in its package it came from
        words << splitWords(manifest->soundClass) << manifest->package << splitWords(manifest->source);
    }
    words.removeAll(QString());
    r.words = words.join(QLatin1Char(' '));
    describe(*mono, r);
    return r;
}

Result<ScanReport> LibraryIndexer::scan(const LibraryEntry& library, RunControl* control)
{
    QElapsedTimer timer;
    timer.start();
    ScanReport report;
    if (!QFileInfo(library.root).isDir()) {
        report.online = false;
        if (const Status s = m_db.finishScan(library.id, false); !s) return s.error();
        return report;
    }
    QStringList paths;
    std::vector<std::pair<QString, QString>> problems;
    const QHash<QString, ManifestRow> manifest = readManifest(library.root);
    if (!manifest.isEmpty()) {
        for (auto it = manifest.constBegin(); it != manifest.constEnd(); ++it) paths << it.key();
    } else {
        QDirIterator it(library.root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            if (entry.isDir()) {
                if (!entry.isReadable() || !entry.isExecutable()) problems.emplace_back(entry.absoluteFilePath(), QStringLiteral("folder not readable"));
                continue;
            }
            if (isAudioFileName(entry.fileName())) paths << entry.absoluteFilePath();
        }
    }
    paths.sort();
    report.files = paths.size();
    QHash<QString, LibraryDatabase::Known> known = m_db.known(library.id);
    if (const Status s = m_db.begin(); !s) return s.error();
    qint64 sinceCommit = 0;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (control && control->isCancelled()) {
            (void)m_db.commit();
            return makeError(ErrorCode::Cancelled, "indexing cancelled");
        }
        const QString& path = paths[i];
        const QFileInfo file(path);
        const std::optional<LibraryDatabase::Known> was =
            known.contains(path) ? std::optional<LibraryDatabase::Known>(known.take(path)) : std::nullopt;
        if (was && was->sizeBytes == file.size() && was->modifiedMs == file.lastModified().toMSecsSinceEpoch()) {
            ++report.unchanged;
        } else {
            const auto row = manifest.constFind(path);
            Result<IndexedRecording> analysed = analyse(path, library.root, row == manifest.constEnd() ? nullptr : &*row);
            if (!analysed) {
                problems.emplace_back(path, QString::fromStdString(analysed.error().message));
                if (was) {
                    if (const Status s = m_db.remove(was->id); !s) return s.error();
                }
            } else {
                if (const Status s = m_db.put(library.id, *analysed); !s) return s.error();
                ++report.added;
            }
        }
        if (++sinceCommit == kCommitEveryFiles) {
            if (const Status s = m_db.commit(); !s) return s.error();
            if (const Status s = m_db.begin(); !s) return s.error();
            sinceCommit = 0;
        }
        if (control) control->report(static_cast<double>(i + 1) / static_cast<double>(paths.size()));
    }
    for (const LibraryDatabase::Known& gone : std::as_const(known)) {
        if (const Status s = m_db.remove(gone.id); !s) return s.error();
        ++report.removed;
    }
    report.problems = static_cast<qint64>(problems.size());
    if (const Status s = m_db.setProblems(library.id, problems); !s) return s.error();
    if (const Status s = m_db.finishScan(library.id, true); !s) return s.error();
    if (const Status s = m_db.commit(); !s) return s.error();
    report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return report;
}

}  // namespace foley::app
