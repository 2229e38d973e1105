#pragma once

#include "core/model/Project.h"
#include "core/types/Result.h"

class QWidget;

namespace foley::app {

// Caption → Import: a JSON sidecar in the style of VGGSound Plus annotations ({"video": …, "description": …},
// origin MLLM) or a plain text file (origin user). The caption changes in one undoable step.
class CaptionImport {
public:
    static void run(QWidget* parent, core::Project* project);
    // Reads the caption from `path` (exposed for tests).
    static Result<core::Caption> read(const QString& path);
};

}  // namespace foley::app
