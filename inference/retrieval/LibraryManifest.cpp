#include "inference/retrieval/LibraryManifest.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace foley::inference {
namespace {

// A whole number from a field, 0 when it is none; clamped instead of overflowing (std::atoi's undefined behaviour).
int toInt(const std::string& field)
{
    const long value = std::strtol(field.c_str(), nullptr, 10);
    return static_cast<int>(std::clamp<long>(value, 0, 1L << 30));
}

}  // namespace

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back().push_back('"');
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                fields.back().push_back(ch);
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            fields.emplace_back();
        } else if (ch != '\r' && ch != '\n') {
            fields.back().push_back(ch);
        }
    }
    return fields;
}

Result<std::vector<LibraryClip>> parseLibraryManifest(std::istream& in, const ManifestSource& source)
{
    namespace fs = std::filesystem;
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> header = splitCsvLine(line);
    auto column = [&](const char* name) {
        const auto it = std::find(header.begin(), header.end(), name);
        return it == header.end() ? -1 : static_cast<int>(it - header.begin());
    };
    const int cId = column("id"), cClass = column("class"), cSplit = column("split"), cPackage = column("package"),
              cLicence = column("licence"), cSource = column("source"), cDuration = column("duration_s"), cPath = column("path"),
              cNative = column("native_path"), cRate = column("sample_rate"), cChannels = column("channels"),
              cAttacks = column("attacks_per_s"), cUnsteadiness = column("unsteadiness_db"), cHfAttacks = column("hf_attacks_per_s");
    if (cClass < 0 || cSplit < 0 || cPath < 0)
        return makeError(ErrorCode::IoParseFailed, source.name + " lacks the class, split or path column");
    std::vector<LibraryClip> clips;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const std::vector<std::string> f = splitCsvLine(line);
        if (static_cast<int>(f.size()) < static_cast<int>(header.size())) continue;
        LibraryClip clip;
        clip.id = cId >= 0 ? f[cId] : std::to_string(clips.size());
        clip.soundClass = f[cClass];
        clip.split = f[cSplit];
        if (!source.splits.empty() && std::find(source.splits.begin(), source.splits.end(), clip.split) == source.splits.end()) continue;
        clip.package = cPackage >= 0 ? f[cPackage] : "";
        clip.licence = cLicence >= 0 ? f[cLicence] : "";
        clip.source = cSource >= 0 ? f[cSource] : "";
        clip.durationSeconds = cDuration >= 0 ? std::atof(f[cDuration].c_str()) : 0.0;
        clip.path = (fs::u8path(source.corpusFolder) / fs::u8path(f[cPath])).u8string();
        if (cNative >= 0 && !f[cNative].empty()) {
            clip.nativePath = (fs::u8path(source.corpusFolder) / fs::u8path(f[cNative])).u8string();
            clip.nativeRate = cRate >= 0 ? toInt(f[cRate]) : 0;
            clip.nativeChannels = cChannels >= 0 ? toInt(f[cChannels]) : 0;
        }
        if (cAttacks >= 0 && cUnsteadiness >= 0 && !f[cAttacks].empty()) {
            clip.attacksPerSecond = std::atof(f[cAttacks].c_str());
            clip.unsteadinessDb = std::atof(f[cUnsteadiness].c_str());
            clip.highFrequencyAttacksPerSecond = cHfAttacks >= 0 ? std::atof(f[cHfAttacks].c_str()) : -1.0;
        }
        clips.push_back(std::move(clip));
    }
    return clips;
}

}  // namespace foley::inference
