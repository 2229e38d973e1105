#pragma once

#include <QString>

namespace foley::app {

// Finds the shipped resources (model packs, demo project) whether running from the build tree or an installed
// prefix. Search order: $FOLEY_RESOURCES, <exe>/FOLEY_INSTALLED_RESOURCES (../share/foleyforge, set by
// packaging/cpack/Packaging.cmake beside the install rule), the source tree.
class ResourceLocator {
public:
    static QString resourcesDir();
    static QString defaultModelsDir();
    // True when the resources come from an installed prefix (e.g. /usr/share/foleyforge): the programs then keep
    // what they write per user (the sound library) in the user's data folders instead of beside the repository.
    static bool runsInstalled();
};

}  // namespace foley::app
