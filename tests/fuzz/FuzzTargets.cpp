#include "tests/fuzz/FuzzTargets.h"

#include "app/services/batch/BatchManifest.h"
#include "app/services/captioning/CaptionAnswer.h"
#include "app/train/corpus/CorpusManifest.h"
#include "core/io/AudacityLabels.h"
#include "core/io/CaptionSidecar.h"
#include "core/io/OnsetCsv.h"
#include "core/io/OnsetFile.h"
#include "core/io/ReaperMarkers.h"
#include "core/io/SubtitleMarkers.h"
#include "core/media/AudioDecoder.h"
#include "core/media/BroadcastWav.h"
#include "core/media/MediaProbe.h"
#include "core/model/Project.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectMigrator.h"
#include "core/project/ProjectSerializer.h"
#include "inference/pack/ModelPackInfo.h"
#include "inference/retrieval/LibraryManifest.h"
#include "tests/fuzz/FuzzScratch.h"

#include <QByteArray>
#include <QString>

#include <sstream>

namespace foley::fuzz {
namespace {

template <typename T>
FuzzOutcome outcomeOf(const Result<T>& result)
{
    if (result) return FuzzOutcome::Accepted;
    return result.error().message.empty() ? FuzzOutcome::RejectedWithoutMessage : FuzzOutcome::Rejected;
}

QByteArray bytesOf(const uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The loader's whole path from bytes to a live project: JSON, envelope and migration, fields, model invariants.
FuzzOutcome fuzzProject(const uint8_t* data, std::size_t size)
{
    const QString name = QStringLiteral("/fuzz/project.foley");
    Result<QJsonObject> root = core::ProjectFile::parse(bytesOf(data, size), name);
    if (!root) return outcomeOf(root);
    Result<core::ProjectMigrator::Migrated> migrated = core::ProjectMigrator::migrate(*root);
    if (!migrated) return outcomeOf(migrated);
    Result<core::ProjectState> state = core::ProjectSerializer::fromJson(migrated->root, name);
    if (!state) return outcomeOf(state);
    core::Project project;
    const Status restored = project.restoreState(*state);
    if (!restored) return outcomeOf(restored);
    // Saving what was loaded must work too (the editor autosaves whatever it opened).
    return core::ProjectSerializer::toBytes(project.state(), name).isEmpty() ? FuzzOutcome::RejectedWithoutMessage
                                                                             : FuzzOutcome::Accepted;
}

FuzzOutcome fuzzOnsetCsv(const uint8_t* data, std::size_t size)
{
    Result<core::OnsetRecordList> records = core::OnsetCsv::parse(QString::fromUtf8(bytesOf(data, size)), QStringLiteral("fuzz.csv"));
    if (records) core::toOnsets(*records);
    return outcomeOf(records);
}

FuzzOutcome fuzzAudacityLabels(const uint8_t* data, std::size_t size)
{
    Result<core::OnsetRecordList> records =
        core::AudacityLabels::parse(QString::fromUtf8(bytesOf(data, size)), QStringLiteral("fuzz.txt"));
    if (records) core::toOnsets(*records);
    return outcomeOf(records);
}

FuzzOutcome fuzzReaperMarkers(const uint8_t* data, std::size_t size)
{
    Result<core::OnsetRecordList> records = core::ReaperMarkers::parse(QString::fromUtf8(bytesOf(data, size)), QStringLiteral("fuzz.csv"));
    if (records) core::toOnsets(*records);
    return outcomeOf(records);
}

// WebVTT cues for text that starts as WebVTT must, SRT cues for anything else.
FuzzOutcome fuzzSubtitleMarkers(const uint8_t* data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const core::SubtitleFormat format = bytes.startsWith("WEBVTT") ? core::SubtitleFormat::WebVtt : core::SubtitleFormat::Srt;
    Result<core::OnsetRecordList> records = core::SubtitleMarkers::parse(QString::fromUtf8(bytes), QStringLiteral("fuzz.vtt"), format);
    if (records) core::toOnsets(*records);
    return outcomeOf(records);
}

FuzzOutcome fuzzCaptionSidecar(const uint8_t* data, std::size_t size)
{
    return outcomeOf(core::CaptionSidecar::parse(bytesOf(data, size), QStringLiteral("fuzz.json")));
}

FuzzOutcome fuzzChatAnswer(const uint8_t* data, std::size_t size)
{
    return outcomeOf(app::captioning::parseChatCompletion(bytesOf(data, size)));
}

FuzzOutcome fuzzModelJson(const uint8_t* data, std::size_t size)
{
    const std::string folder = scratchFile("model.json", data, size);
    return outcomeOf(inference::readModelPackInfo(folder));
}

// Both readers of a corpus manifest.csv: the engine's (SoundLibrary, also what library import reads) and the corpus
// builder's (CorpusManifest, `foleyforge-train`).
FuzzOutcome fuzzLibraryManifest(const uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const FuzzOutcome engine = outcomeOf(inference::parseLibraryManifest(in, {"/fuzz/library", "manifest.csv", {}}));
    const std::string folder = scratchFile("manifest.csv", data, size);
    const FuzzOutcome corpus = outcomeOf(app::train::CorpusManifest::read(QString::fromStdString(folder + "/manifest.csv")));
    return engine == FuzzOutcome::RejectedWithoutMessage ? engine : corpus;
}

FuzzOutcome fuzzMediaProbe(const uint8_t* data, std::size_t size)
{
    return outcomeOf(media::probeMediaBuffer(data, size, "fuzz-input"));
}

// Stems' and recordings' Broadcast WAV chunks (bext, cue points, labels), read without FFmpeg.
FuzzOutcome fuzzBroadcastWav(const uint8_t* data, std::size_t size)
{
    const std::string folder = scratchFile("stem.wav", data, size);
    return outcomeOf(media::readBroadcastWavInfo(folder + "/stem.wav"));
}

FuzzOutcome fuzzBatchManifest(const uint8_t* data, std::size_t size)
{
    const QString folder = QString::fromStdString(scratchFile("batch.csv", data, size));
    return outcomeOf(app::readBatchManifest(folder + QStringLiteral("/batch.csv"), folder + QStringLiteral("/out")));
}

// Take WAVs (and any recording) are read through FFmpeg; a minute at most, so a header claiming hours cannot make the
// harness itself run out of memory.
FuzzOutcome fuzzWav(const uint8_t* data, std::size_t size)
{
    const std::string folder = scratchFile("take.wav", data, size);
    media::AudioDecodeOptions options;
    options.maxSeconds = 60;
    return outcomeOf(media::decodeAudio(folder + "/take.wav", options));
}

}  // namespace

const std::vector<FuzzTarget>& fuzzTargets()
{
    static const std::vector<FuzzTarget> targets{
        {"project", &fuzzProject},
        {"onset_csv", &fuzzOnsetCsv},
        {"audacity_labels", &fuzzAudacityLabels},
        {"reaper_markers", &fuzzReaperMarkers},
        {"subtitle_markers", &fuzzSubtitleMarkers},
        {"caption_sidecar", &fuzzCaptionSidecar},
        {"chat_answer", &fuzzChatAnswer},
        {"model_json", &fuzzModelJson},
        {"library_manifest", &fuzzLibraryManifest},
        {"media_probe", &fuzzMediaProbe},
        {"wav", &fuzzWav},
        {"broadcast_wav", &fuzzBroadcastWav},
        {"batch_manifest", &fuzzBatchManifest},
    };
    return targets;
}

const FuzzTarget* findFuzzTarget(const std::string& name)
{
    for (const FuzzTarget& target : fuzzTargets())
        if (name == target.name) return &target;
    return nullptr;
}

}  // namespace foley::fuzz
