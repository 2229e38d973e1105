#include "inference/pack/ModelPackInfo.h"

#include "inference/pack/Sha256.h"
#include "core/types/AtomicFile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace foley::inference {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using IntField = std::pair<const char*, int ArchitectureConfig::*>;

const std::vector<IntField>& architectureFields()
{
    static const std::vector<IntField> kFields = {
        {"melBins", &ArchitectureConfig::melBins}, {"textVocabulary", &ArchitectureConfig::textVocabulary},
        {"textHashBuckets", &ArchitectureConfig::textHashBuckets}, {"textWidth", &ArchitectureConfig::textWidth},
        {"textLayers", &ArchitectureConfig::textLayers}, {"textHeads", &ArchitectureConfig::textHeads},
        {"textMaxTokens", &ArchitectureConfig::textMaxTokens}, {"promptTokens", &ArchitectureConfig::promptTokens},
        {"videoFrameSize", &ArchitectureConfig::videoFrameSize}, {"videoChannels", &ArchitectureConfig::videoChannels},
        {"videoFeatureDim", &ArchitectureConfig::videoFeatureDim}, {"temporalHidden", &ArchitectureConfig::temporalHidden},
        {"referenceHidden", &ArchitectureConfig::referenceHidden}, {"width", &ArchitectureConfig::width},
        {"depth", &ArchitectureConfig::depth}, {"heads", &ArchitectureConfig::heads},
        {"mlpRatio", &ArchitectureConfig::mlpRatio}, {"patchFrames", &ArchitectureConfig::patchFrames},
        {"windowFrames", &ArchitectureConfig::windowFrames}, {"overlapFrames", &ArchitectureConfig::overlapFrames},
        {"vocoderDim", &ArchitectureConfig::vocoderDim}, {"vocoderLayers", &ArchitectureConfig::vocoderLayers},
        {"vocoderFft", &ArchitectureConfig::vocoderFft}};
    return kFields;
}

// A whole-number field. nlohmann's get<int>() casts any JSON number, which is undefined behaviour for one outside
// int's range (a fuzzed model.json had 1e99): only an integer inside the range is taken.
int intField(const json& object, const char* name)
{
    const json& value = object.at(name);
    // Unsigned JSON integers are all >= 0, so only their upper bound matters (read as uint64: no wrap-around).
    const bool inRange = value.is_number_unsigned()
        ? value.get<uint64_t>() <= static_cast<uint64_t>(std::numeric_limits<int>::max())
        : value.is_number_integer() && value.get<int64_t>() >= std::numeric_limits<int>::min()
              && value.get<int64_t>() <= std::numeric_limits<int>::max();
    if (!inRange) throw std::invalid_argument(std::string("'") + name + "' is not a whole number of a sensible size");
    return static_cast<int>(value.get<int64_t>());
}

json melToJson(const MelDefinition& m)
{
    return json{{"sampleRate", m.sampleRate}, {"nFft", m.nFft}, {"winLength", m.winLength}, {"window", m.window},
                {"hop", m.hop}, {"nMels", m.nMels}, {"fMin", m.fMin}, {"fMax", m.fMax}, {"melScale", m.melScale},
                {"melNorm", m.melNorm}, {"magnitude", m.magnitude}, {"log", m.log}, {"logFloor", m.logFloor},
                {"center", m.center}, {"padMode", m.padMode}};
}

MelDefinition melFromJson(const json& j)
{
    MelDefinition m;
    m.sampleRate = intField(j, "sampleRate");
    m.nFft = intField(j, "nFft");
    m.winLength = intField(j, "winLength");
    m.window = j.at("window").get<std::string>();
    m.hop = intField(j, "hop");
    m.nMels = intField(j, "nMels");
    m.fMin = j.at("fMin").get<double>();
    m.fMax = j.at("fMax").get<double>();
    m.melScale = j.at("melScale").get<std::string>();
    m.melNorm = j.at("melNorm").get<std::string>();
    m.magnitude = j.at("magnitude").get<std::string>();
    m.log = j.at("log").get<std::string>();
    m.logFloor = j.at("logFloor").get<double>();
    m.center = j.at("center").get<bool>();
    m.padMode = j.at("padMode").get<std::string>();
    return m;
}

Error invalid(const std::string& folder, const std::string& what)
{
    return makeError(ErrorCode::InferencePackInvalid, "model pack " + folder + ": " + what);
}

Result<ModelPackInfo> parseManifest(const std::string& folder, const json& j)
{
    if (!j.is_object() || j.value("format", std::string()) != kPackFormat)
        return invalid(folder, std::string("model.json is not a ") + kPackFormat + " manifest");
    const int version = j.contains("formatVersion") ? intField(j, "formatVersion") : -1;
    if (version != kPackFormatVersion)
        return makeError(ErrorCode::InferencePackVersion, "model pack " + folder + ": format version "
                             + std::to_string(version) + " is not supported (this build reads version "
                             + std::to_string(kPackFormatVersion) + ")");
    ModelPackInfo info;
    info.folder = folder;
    info.formatVersion = version;
    info.name = j.at("name").get<std::string>();
    info.version = j.at("version").get<std::string>();
    info.sampleRate = intField(j, "sampleRate");
    info.mel = melFromJson(j.at("mel"));
    const json& arch = j.at("architecture");
    for (const auto& [name, member] : architectureFields()) {
        if (!arch.contains(name)) return invalid(folder, std::string("architecture field '") + name + "' is missing");
        info.architecture.*member = intField(arch, name);
    }
    for (const json& f : j.at("files"))
        info.files.push_back(PackFile{f.at("role").get<std::string>(), f.at("file").get<std::string>(),
                                      f.at("sha256").get<std::string>()});
    info.trainingDataJson = j.value("trainingData", json::object()).dump();
    info.metricsJson = j.value("metrics", json::object()).dump();
    const std::string problem = validate(info.architecture);
    if (!problem.empty()) return invalid(folder, "architecture: " + problem);
    return info;
}

// Presence and checksum of every listed file; progress by bytes verified, cancellation checked every 64 KiB.
Status checkFiles(const ModelPackInfo& info, const RunControl* control)
{
    uint64_t total = 0, verified = 0;
    for (const PackFile& f : info.files) {
        std::error_code missing;  // reported below, file by file
        const uintmax_t size = fs::file_size(info.pathOf(f), missing);
        if (!missing) total += size;
    }
    const auto keepGoing = [&](size_t bytes) {
        verified += bytes;
        if (control) control->report(total ? static_cast<double>(verified) / static_cast<double>(total) : 1.0);
        return !(control && control->isCancelled());
    };
    for (const PackFile& f : info.files) {
        const std::string path = info.pathOf(f);
        if (f.file.find("..") != std::string::npos || fs::path(f.file).is_absolute())
            return invalid(info.folder, "file '" + f.file + "' must lie inside the pack folder");
        if (!fs::is_regular_file(path))
            return makeError(ErrorCode::InferencePackMissing, "model pack " + info.folder + ": " + f.role + " file "
                                                                  + f.file + " is missing");
        const std::optional<std::string> sum = Sha256::ofFile(path, keepGoing);
        if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "loading the model pack was cancelled");
        if (!sum)
            return makeError(ErrorCode::InferencePackMissing, "model pack " + info.folder + ": cannot read " + f.file);
        if (*sum != f.sha256)
            return makeError(ErrorCode::InferencePackChecksum, "model pack " + info.folder + ": checksum of " + f.file
                                                                   + " does not match model.json (file changed or corrupt)",
                             "expected " + f.sha256 + ", got " + *sum);
    }
    if (!info.fileFor("generator")) return invalid(info.folder, "no generator weight file listed");
    if (!info.fileFor("vocabulary")) return invalid(info.folder, "no tokenizer vocabulary file listed");
    return okStatus();
}

}  // namespace

const PackFile* ModelPackInfo::fileFor(const std::string& role) const
{
    for (const PackFile& f : files)
        if (f.role == role) return &f;
    return nullptr;
}

std::string ModelPackInfo::pathOf(const PackFile& file) const
{
    return (fs::path(folder) / file.file).string();
}

Result<ModelPackInfo> readModelPackInfo(const std::string& folder, const RunControl* control)
{
    if (!fs::is_directory(folder))
        return makeError(ErrorCode::InferencePackMissing, "model pack folder " + folder + " does not exist");
    const fs::path manifest = fs::path(folder) / kPackManifest;
    std::ifstream in(manifest);
    if (!in) return makeError(ErrorCode::InferencePackMissing, "model pack " + folder + " has no " + kPackManifest);
    try {
        const json j = json::parse(in);
        Result<ModelPackInfo> info = parseManifest(folder, j);
        if (!info) return info;
        const Status files = checkFiles(*info, control);
        if (!files) return files.error();
        return info;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InferencePackInvalid, "model pack " + folder + ": model.json is not valid ("
                                                              + std::string(e.what()) + ")");
    }
}

Status writeModelPackManifest(ModelPackInfo& info)
{
    json arch = json::object();
    for (const auto& [name, member] : architectureFields()) arch[name] = info.architecture.*member;
    json files = json::array();
    for (PackFile& f : info.files) {
        const std::optional<std::string> sum = Sha256::ofFile(info.pathOf(f));
        if (!sum) return makeError(ErrorCode::IoWriteFailed, "cannot read " + info.pathOf(f) + " to checksum it");
        f.sha256 = *sum;
        files.push_back(json{{"role", f.role}, {"file", f.file}, {"sha256", f.sha256}});
    }
    json j{{"format", kPackFormat}, {"formatVersion", kPackFormatVersion}, {"name", info.name},
           {"version", info.version}, {"sampleRate", info.sampleRate}, {"mel", melToJson(info.mel)},
           {"architecture", arch}, {"files", files}};
    try {
        j["trainingData"] = json::parse(info.trainingDataJson);
        j["metrics"] = json::parse(info.metricsJson);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InvalidArgument, std::string("training data card or metrics is not JSON: ") + e.what());
    }
    // Atomic: a pack whose model.json was cut short by a full disk would not load at all.
    return AtomicFile::write((fs::path(info.folder) / kPackManifest).string(), j.dump(2) + "\n", ErrorCode::IoWriteFailed);
}

}  // namespace foley::inference
