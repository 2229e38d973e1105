#pragma once

#include "core/types/Result.h"

#include <QString>

#include <vector>

namespace foley::app::train {

// One row of OUT/manifest.csv.
struct ManifestEntry {
    QString id;         // CorpusSplitter::clipId
    QString className;  // taxonomy class (column "class")
    QString split;      // train | val | test | reserved
    QString package;    // Debian package, or "user"
    QString version;    // package version ("" for user sounds)
    QString licence;
    QString source;     // path inside the package; "archive!member" for packed files
    double durationSeconds = 0;
    QString path;       // clip path relative to the corpus folder: clips/<class>/<id>.wav (16 kHz mono: training)
    // The recording at its own rate and channel count (what takes are rendered from): native/<class>/<id>.wav;
    // empty in a manifest written before native copies existed.
    QString nativePath;
    int sampleRate = 0;  // of the native copy
    int channels = 0;
    double attacksPerSecond = -1.0;  // dsp::RecordingDescriptors of the 16 kHz clip; < 0 = not measured
    double unsteadinessDb = -1.0;
    double highFrequencyAttacksPerSecond = -1.0;  // of the native copy
};

// OUT/manifest.csv: header `id,class,split,package,version,licence,source,duration_s,path,native_path,sample_rate,
// channels,attacks_per_s,unsteadiness_db,hf_attacks_per_s`, one row per clip, sorted by class then id so rebuilds diff cleanly. Manifests of the first format (the
// first nine columns: a 16 kHz-only library) are still read.
class CorpusManifest {
public:
    static const char* header();
    static const char* headerWithoutNative();  // the first format

    void add(ManifestEntry entry) { m_entries.push_back(std::move(entry)); }
    const std::vector<ManifestEntry>& entries() const { return m_entries; }
    void sort();

    Status write(const QString& path) const;
    static Result<CorpusManifest> read(const QString& path);

private:
    std::vector<ManifestEntry> m_entries;
};

}  // namespace foley::app::train
