#include "app/services/InferenceWorker.h"

#include "app/services/SoundLibraryService.h"
#include "app/services/library/LibraryDatabase.h"
#include "app/services/library/UserLibraryRetrieval.h"
#include "app/services/GenerationMediaDecoder.h"
#include "app/services/GeneratedTake.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace foley::app {

namespace {

QString cacheKey(const QFileInfo& file)
{
    return file.absoluteFilePath() + QLatin1Char('|') + QString::number(file.size()) + QLatin1Char('|')
        + QString::number(file.lastModified().toMSecsSinceEpoch());
}

}  // namespace

InferenceWorker::InferenceWorker(QObject* parent) : QObject(parent)
{
    m_pack.error = makeError(ErrorCode::InferencePackMissing, "no model pack is loaded");
}

InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::loadPack(const PackLoadJob& job)
{
    m_engine.reset();
    m_featureCache.clear();  // features depend on the pack's video encoder
    m_pack = PackStatus{};
    m_pack.folder = job.folder;
    inference::EngineOptions options;
    options.packFolder = QFile::encodeName(job.folder).toStdString();
    QElapsedTimer sinceLast;
    sinceLast.start();
    job.control->progress = [this, &sinceLast](double fraction) {
        if (fraction < 1.0 && sinceLast.elapsed() < kProgressIntervalMs) return;
        sinceLast.restart();
        emit packLoadProgressed(fraction);
    };
    Result<std::unique_ptr<inference::Engine>> engine = inference::Engine::load(options, job.control.get());
    job.control->progress = nullptr;
    if (engine) {
        m_engine = std::move(engine).value();
        m_pack.loaded = true;
        m_pack.name = QString::fromStdString(m_engine->pack().name);
        m_pack.version = QString::fromStdString(m_engine->pack().version);
    } else {
        m_pack.error = engine.error();
    }
    emit packLoaded(m_pack);
}

void InferenceWorker::run(const GenerationJob& job)
{
    Result<GenerationOutcome> outcome = generate(job);
    if (outcome) emit finished(*outcome);
    else emit failed(job.id, outcome.error());
}

Result<GenerationOutcome> InferenceWorker::generate(const GenerationJob& job)
{
    RunControl& control = *job.control;
    if (control.isCancelled()) return makeError(ErrorCode::Cancelled, "cancelled");
    if (!m_engine) return m_pack.error;
    bool reusedFeatures = false;
    Result<GenerationMedia> media = loadMedia(job, reusedFeatures);
    if (!media) return media.error();
    std::string retrieval;
    Result<inference::GenerationRequest> request = buildGenerationRequest(job.snapshot, std::move(media).value(), &retrieval);
    if (!request) return request.error();

    const QString takePath = freeTakePath(job.outputPath);
    const std::unique_ptr<media::WavStreamWriter> writer = takeWriter(takePath, *request);
    const int steps = inference::Engine::samplerStepsToRun(*request);
    QElapsedTimer sinceLast;
    sinceLast.start();
    control.progress = [this, &sinceLast, id = job.id, steps](double fraction) {
        if (fraction < 1.0 && sinceLast.elapsed() < kProgressIntervalMs) return;
        sinceLast.restart();
        emit progressed(id, fraction, static_cast<int>(std::lround(fraction * steps)), steps);
    };
    emit progressed(job.id, 0.0, 0, steps);
    Result<inference::GenerationResult> result = m_engine->generate(*request, control);
    control.progress = nullptr;
    if (!result) return result.error();

    Result<GenerationOutcome> written = finishTake(*result, job.snapshot, takePath);
    if (!written) return written.error();
    GenerationOutcome outcome = std::move(written).value();
    outcome.id = job.id;
    outcome.modelId = m_pack.name;
    outcome.modelVersion = m_pack.version;
    outcome.retrieval = renderNote(retrieval, outcome.report, outcome.sampleRate);
    outcome.reusedVideoFeatures = reusedFeatures;
    return outcome;
}

Result<GenerationMedia> InferenceWorker::loadMedia(const GenerationJob& job, bool& reusedFeatures)
{
    const GenerationSnapshot& s = job.snapshot;
    GenerationMedia media;
    media.soundLibrary = installedSoundLibrary().library;  // opened once, here on the worker thread
    // The user's own libraries (an index that cannot be read leaves them out; the note says what was used).
    if (Result<UserLibraryMatches> user = matchUserLibraries(LibraryDatabase::defaultPath(), libraryQueryOf(s)))
        media.userMatches = std::move(user).value();
    if (!s.videoPath.isEmpty()) {
        Result<inference::VideoFeatures> features = videoFeatures(s, *job.control, reusedFeatures);
        if (!features) return features.error();
        media.videoFeatures = std::move(features).value();
    }
    if (s.parameters.region && !s.parameters.region->isEmpty() && !s.activeTakePath.isEmpty()) {
        Result<AudioBuffer> take = GenerationMediaDecoder::decodeTakeAudio(s.activeTakePath);
        if (!take) return take.error();
        media.existingTake = std::move(take).value();
    }
    return media;
}

Result<inference::VideoFeatures> InferenceWorker::videoFeatures(const GenerationSnapshot& s, const RunControl& control,
                                                                bool& reused)
{
    const QFileInfo file(s.videoPath);
    if (!file.exists())
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("the video %1 is missing").arg(s.videoPath).toStdString());
    const QString key = cacheKey(file);
    if (const auto cached = m_featureCache.constFind(key); cached != m_featureCache.constEnd()) {
        reused = true;
        return *cached;
    }
    const int64_t samples = convertRate(s.mediaDuration, kProjectRate, kModelRate);  // 0 (unknown) = to the last frame
    Result<inference::VideoFeatures> features = GenerationMediaDecoder::decodeVideoFeatures(s.videoPath, *m_engine, samples, &control);
    if (!features) return features.error();
    m_featureCache.insert(key, *features);
    return features;
}

}  // namespace foley::app
