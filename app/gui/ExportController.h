#pragma once

#include "core/model/Project.h"

class QWidget;

namespace foley::app {

// The Export MP4 flow: check there is a video and an active take, ask where to write (never over the source),
// run the export in the background with a progress dialog and Cancel, report the result.
class ExportController {
public:
    static void run(QWidget* parent, const core::Project* project);
};

}  // namespace foley::app
