#pragma once

#include "core/model/Project.h"

class QWidget;

namespace foley::app {

// Caption → Import: a caption sidecar (core/io/CaptionSidecar: VGGSound Plus style JSON or plain text). The caption
// changes in one undoable step.
class CaptionImport {
public:
    static void run(QWidget* parent, core::Project* project);
};

}  // namespace foley::app
