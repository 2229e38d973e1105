#pragma once

#include "core/types/Result.h"
#include "inference/retrieval/SoundLibrary.h"

#include <QString>

#include <algorithm>
#include <string>
#include <vector>

namespace foley::app {

// The classes the user's own recordings take in a generation's library (beside the built-in ones).
inline constexpr const char* kUserEventClass = "user recordings";
inline constexpr const char* kUserTextureClass = "user textures";

// What a generation asks of recordings beyond their words (their acoustic fit): how far apart its events are, and
// how long its mask holds a texture.
struct RecordingNeeds {
    double eventSpacingSeconds = 0.0;  // median time between onsets; 0 = fewer than two onsets
    double textureSeconds = 0.0;       // the longest span the mask holds; 0 = no mask
};

// A generation's questions to the user's libraries: the caption, each timed caption segment's text, what none may
// match (the negative prompt) and what the recordings are for.
struct LibraryQuery {
    std::string caption;
    std::vector<std::string> segmentTexts;
    std::string negative;
    RecordingNeeds needs;
};

// The user's recordings one text found: the best-matching one-shots (for onsets) and textures (for the mask) as
// library clips, best first, and how many of the text's content words (WordMatch) they carry — the measure a
// built-in class is compared by (inference::ClassChoice::words).
struct UserMatch {
    std::vector<inference::LibraryClip> clips;  // of class kUserEventClass or kUserTextureClass
    int eventWords = 0;
    int textureWords = 0;
    bool hasEvents() const;
    bool hasTextures() const;
    int words() const { return std::max(eventWords, textureWords); }
};

struct UserLibraryMatches {
    UserMatch caption;
    std::vector<UserMatch> segments;  // parallel to LibraryQuery::segmentTexts
};

// Searches the index at `databasePath` (LibraryDatabase::defaultPath() in the app). For each text, recordings are
// ranked first by how many of its content words they carry (only those carrying the most are kept, so "creaky door"
// does not bring every door), then by text relevance (BM25) weighted by acoustic fit: for events a single clean
// attack, no longer than a few event spacings; for the mask a texture long enough not to loop audibly. Nothing whose
// words the negative prompt names. A missing index, or one with no library, finds nothing (and is no error).
Result<UserLibraryMatches> matchUserLibraries(const QString& databasePath, const LibraryQuery& query);

inline constexpr int kUserCandidates = 16;  // per kind: what a take chooses among (RecordingRenderer::kCandidatePool)

}  // namespace foley::app
