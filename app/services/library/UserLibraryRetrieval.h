#pragma once

#include "core/types/Result.h"
#include "inference/retrieval/SoundLibrary.h"

#include <QString>

#include <string>
#include <vector>

namespace foley::app {

// The classes the user's own recordings take in a generation's library (beside the built-in ones).
inline constexpr const char* kUserEventClass = "user recordings";
inline constexpr const char* kUserTextureClass = "user textures";

// What the user's indexed libraries offer for a caption: the best-matching one-shots (for onsets) and textures
// (for the mask), as library clips, and a line saying what was found.
struct UserLibraryMatches {
    std::vector<inference::LibraryClip> clips;  // of class kUserEventClass or kUserTextureClass
    std::string explanation;
    bool hasEvents() const;
    bool hasTextures() const;
};

// Searches the index at `databasePath` (LibraryDatabase::defaultPath() in the app) for the caption's words, none of
// the negative prompt's. A missing index, or one with no library, finds nothing (and is no error); a caption whose
// words match nothing above kMinUserScore finds nothing.
Result<UserLibraryMatches> matchUserLibraries(const QString& databasePath, const std::string& caption, const std::string& negative);

inline constexpr double kMinUserScore = 1.0;  // BM25: at least one of the caption's words in a name or category
inline constexpr int kUserCandidates = 16;    // per kind: what a take chooses among (RecordingRenderer::kCandidatePool)

}  // namespace foley::app
