#pragma once

#include "core/types/Result.h"
#include "core/types/RunControl.h"
#include "inference/ArchitectureConfig.h"
#include "inference/pack/MelDefinition.h"

#include <string>
#include <vector>

namespace foley::inference {

inline constexpr const char* kPackFormat = "foleyforge-model-pack";
inline constexpr int kPackFormatVersion = 1;
inline constexpr const char* kPackManifest = "model.json";

struct PackFile {
    std::string role;    // "generator", "vocoder", "vocabulary"
    std::string file;    // relative to the pack folder
    std::string sha256;  // lowercase hex
};

// Parsed model.json. trainingData and metrics are kept as JSON text (the model card's free-form parts).
struct ModelPackInfo {
    std::string folder;  // absolute or as given; filled by the reader
    int formatVersion = kPackFormatVersion;
    std::string name;
    std::string version;
    int sampleRate = 16000;
    MelDefinition mel;
    ArchitectureConfig architecture;
    std::vector<PackFile> files;
    std::string trainingDataJson = "{}";
    std::string metricsJson = "{}";

    const PackFile* fileFor(const std::string& role) const;
    std::string pathOf(const PackFile& file) const;
};

// Reads and checks model.json and every listed file's presence and SHA-256. Errors: InferencePackMissing (folder or
// file), InferencePackInvalid (JSON or fields), InferencePackVersion, InferencePackChecksum. Mel and shapes are checked
// by the engine. With a control: progress while the checksums are verified (by bytes), and Cancelled when it is
// cancelled meanwhile.
Result<ModelPackInfo> readModelPackInfo(const std::string& folder, const RunControl* control = nullptr);

// Writes model.json for `info` into info.folder (files must already exist; their checksums are computed here).
Status writeModelPackManifest(ModelPackInfo& info);

}  // namespace foley::inference
