#pragma once

#include <QString>

namespace foley::app {

// Finds the shipped resources (model packs, demo project, translations) whether running from the build tree
// or an installed prefix. Search order: $FOLEY_RESOURCES, <exe>/../share/foleyforge, the source tree.
class ResourceLocator {
public:
    static QString resourcesDir();
    static QString defaultModelsDir();
};

}  // namespace foley::app
