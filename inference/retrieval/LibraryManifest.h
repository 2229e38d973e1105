#pragma once

#include "core/types/Result.h"
#include "inference/retrieval/SoundLibrary.h"

#include <istream>
#include <string>
#include <vector>

namespace foley::inference {

// Where a manifest's text comes from.
struct ManifestSource {
    std::string corpusFolder;         // clip paths in the manifest are relative to it
    std::string name;                 // names the manifest in messages
    std::vector<std::string> splits;  // rows kept (empty = all)
};

// Reads a corpus manifest.csv (`foleyforge-train corpus`; columns found by the header's names, so both the first
// 9-column format and today's are read; a row with fewer fields than the header is skipped). IoParseFailed when the
// header lacks the class, split or path column.
Result<std::vector<LibraryClip>> parseLibraryManifest(std::istream& in, const ManifestSource& source);

// Splits one CSV line (RFC 4180 quoting).
std::vector<std::string> splitCsvLine(const std::string& line);

}  // namespace foley::inference
