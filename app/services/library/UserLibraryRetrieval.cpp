#include "app/services/library/UserLibraryRetrieval.h"

#include "app/services/library/LibraryDatabase.h"

#include <QFileInfo>

#include <algorithm>

namespace foley::app {

bool UserLibraryMatches::hasEvents() const
{
    return std::any_of(clips.begin(), clips.end(), [](const auto& c) { return c.soundClass == kUserEventClass; });
}

bool UserLibraryMatches::hasTextures() const
{
    return std::any_of(clips.begin(), clips.end(), [](const auto& c) { return c.soundClass == kUserTextureClass; });
}

Result<UserLibraryMatches> matchUserLibraries(const QString& databasePath, const std::string& caption, const std::string& negative)
{
    UserLibraryMatches matches;
    if (!QFileInfo::exists(databasePath)) return matches;
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(databasePath);
    if (!db) return db.error();
    if ((*db)->libraries().empty()) return matches;
    Result<std::vector<SearchHit>> hits = (*db)->search(QString::fromStdString(caption), 4 * kUserCandidates, QString::fromStdString(negative));
    if (!hits) return hits.error();
    int events = 0, textures = 0;
    for (const SearchHit& hit : *hits) {
        if (hit.score < kMinUserScore) continue;
        int& taken = hit.oneShot ? events : textures;
        if (taken == kUserCandidates) continue;
        ++taken;
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
        matches.clips.push_back(std::move(clip));
    }
    if (!matches.clips.empty())
        matches.explanation = "your sound libraries: " + std::to_string(events) + " one-shot(s) and " + std::to_string(textures)
                            + " texture(s) match the caption";
    return matches;
}

}  // namespace foley::app
