#pragma once

#include "core/model/Project.h"
#include "core/types/Result.h"

#include <QString>

#include <memory>

namespace foley::app {

// Bridges core's project (which never probes) and core/media: fills in the facts the timeline needs.
class MediaFacts {
public:
    // Probes the project's media and stores duration, frame rate and size in its MediaReference.
    static Status refresh(core::Project& project);
    // A new untitled project for `videoPath`: media set from disk and probed; mask rate = the video's fps.
    static Result<std::unique_ptr<core::Project>> newProjectForVideo(const QString& videoPath);
};

}  // namespace foley::app
