#include "app/services/library/UserLibraryRetrieval.h"

#include "app/services/library/LibraryDatabase.h"
#include "inference/text/WordMatch.h"

#include <QFileInfo>

#include <algorithm>

namespace foley::app {

namespace {

constexpr int kSearchDepth = 4 * kUserCandidates;  // BM25's best, re-ranked by shared words and fit
constexpr double kAttackFitStep = 0.5;         // fit 1 / (1 + step x attacks beyond the first): 2 attacks 0.67, 3 0.5
constexpr double kLongEventSpacings = 4.0;     // an event longer than this many spacings is cut short at the next onset
constexpr double kLongEventFit = 0.5;
constexpr double kUnloopedTextureSeconds = 10.0;  // a texture this long plays a mask span without an audible loop

// 0..1: how well a recording serves its use, whatever its words.
double acousticFit(const SearchHit& hit, const RecordingNeeds& needs)
{
    if (hit.oneShot) {
        double fit = 1.0 / (1.0 + kAttackFitStep * std::max(hit.attacks - 1, 0));
        if (needs.eventSpacingSeconds > 0.0 && hit.durationSeconds > kLongEventSpacings * needs.eventSpacingSeconds) fit *= kLongEventFit;
        return fit;
    }
    const double wanted = std::min(needs.textureSeconds > 0.0 ? needs.textureSeconds : kUnloopedTextureSeconds, kUnloopedTextureSeconds);
    return std::clamp(hit.durationSeconds / wanted, 0.1, 1.0);
}

inference::LibraryClip clipOf(const SearchHit& hit)
{
    inference::LibraryClip clip;
    clip.id = "user-" + std::to_string(hit.id);
    clip.soundClass = hit.oneShot ? kUserEventClass : kUserTextureClass;
    clip.split = "user";
    // The package and licence a corpus manifest gave; else the user's library, by the name they gave it.
    clip.package = (hit.package.isEmpty() ? hit.library : hit.package).toStdString();
    clip.licence = hit.licence.isEmpty() ? "user's own" : hit.licence.toStdString();
    clip.source = hit.path.toStdString();
    clip.path = hit.path.toStdString();  // decoded to 16 kHz for the model on demand
    clip.nativePath = clip.path;
    clip.nativeRate = hit.sampleRate;
    clip.durationSeconds = hit.durationSeconds;
    return clip;
}

struct Ranked {
    const SearchHit* hit = nullptr;
    int words = 0;
    double score = 0.0;  // BM25 x fit
};

// The one-shots or the textures among `ranked` that carry the most words, best first; their word count.
int keepBest(std::vector<Ranked> ranked, bool oneShots, std::vector<inference::LibraryClip>& out)
{
    ranked.erase(std::remove_if(ranked.begin(), ranked.end(), [&](const Ranked& r) { return r.hit->oneShot != oneShots || r.words == 0; }),
                 ranked.end());
    if (ranked.empty()) return 0;
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return a.words != b.words ? a.words > b.words : a.score > b.score;
    });
    const int best = ranked.front().words;
    int kept = 0;
    for (const Ranked& r : ranked) {
        if (r.words < best || kept == kUserCandidates) break;
        out.push_back(clipOf(*r.hit));
        ++kept;
    }
    return best;
}

Result<UserMatch> matchText(const LibraryDatabase& db, const std::string& text, const LibraryQuery& query)
{
    UserMatch match;
    Result<std::vector<SearchHit>> hits = db.search(QString::fromStdString(text), kSearchDepth, QString::fromStdString(query.negative));
    if (!hits) return hits.error();
    const std::vector<std::string> stems = inference::contentStems(text);
    std::vector<Ranked> ranked;
    for (const SearchHit& hit : *hits)
        ranked.push_back({&hit, inference::sharedWordCount(stems, hit.text.toStdString()), hit.score * acousticFit(hit, query.needs)});
    match.eventWords = keepBest(ranked, true, match.clips);
    match.textureWords = keepBest(ranked, false, match.clips);
    return match;
}

}  // namespace

bool UserMatch::hasEvents() const
{
    return std::any_of(clips.begin(), clips.end(), [](const auto& c) { return c.soundClass == kUserEventClass; });
}

bool UserMatch::hasTextures() const
{
    return std::any_of(clips.begin(), clips.end(), [](const auto& c) { return c.soundClass == kUserTextureClass; });
}

Result<UserLibraryMatches> matchUserLibraries(const QString& databasePath, const LibraryQuery& query)
{
    UserLibraryMatches matches;
    matches.segments.resize(query.segmentTexts.size());
    if (!QFileInfo::exists(databasePath)) return matches;
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(databasePath);
    if (!db) return db.error();
    Result<UserMatch> caption = matchText(**db, query.caption, query);
    if (!caption) return caption.error();
    matches.caption = std::move(caption).value();
    for (size_t i = 0; i < query.segmentTexts.size(); ++i) {
        Result<UserMatch> segment = matchText(**db, query.segmentTexts[i], query);
        if (!segment) return segment.error();
        matches.segments[i] = std::move(segment).value();
    }
    return matches;
}

}  // namespace foley::app
