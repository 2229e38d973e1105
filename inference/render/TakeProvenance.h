#pragma once

#include <string>
#include <vector>

namespace foley::inference {

// Where a sound in a take came from: the recording, its licence, and how it was varied. Kept with the take so a
// delivered video can credit what it used.
struct RecordingSource {
    std::string clipId;
    std::string file;     // the recording rendered from (absolute)
    std::string package;  // Debian package, or "user"
    std::string licence;
    std::string source;   // path inside the package
};

// One event: a one-shot cut with its attack on the onset.
struct EventProvenance {
    double onsetSeconds = 0.0;
    RecordingSource recording;
    double semitones = 0.0;      // varispeed (resampling): + = faster and higher
    double gainDb = 0.0;         // the random variation on top of the onset's strength
    double levelDb = 0.0;        // the strength's loudness (0 -> -30 dB, 1 -> 0 dB)
    double lengthSeconds = 0.0;  // of the placed cut
    bool faded = false;          // cut short (raised-cosine fade) to end before the next onset
    double matchDistance = 0.0;  // distance to the model's drawing of this event (lower = closer)
};

// One texture or bed span under the mask: a crossfaded loop of one recording.
struct TextureProvenance {
    double startSeconds = 0.0;
    double endSeconds = 0.0;
    RecordingSource recording;
    double offsetSeconds = 0.0;  // where in the recording the loop starts
    bool bed = false;            // a background bed under events (level in dB from the mask)
    double matchDistance = 0.0;
};

struct TakeProvenance {
    std::vector<EventProvenance> events;
    std::vector<TextureProvenance> textures;
    std::vector<std::string> notes;  // recordings skipped (vanished, undecodable) and other remarks

    bool isEmpty() const { return events.empty() && textures.empty(); }
};

}  // namespace foley::inference
