#pragma once

#include "core/model/Project.h"

class QWidget;

namespace foley::app {

// File → Import/Export Onsets: CSV (time,strength[,label]) or Audacity label tracks (.txt).
// Import replaces the onsets in one undoable step; errors are shown with the file and line.
class OnsetFileDialogs {
public:
    static void importOnsets(QWidget* parent, core::Project* project);
    static void exportOnsets(QWidget* parent, const core::Project* project);
};

}  // namespace foley::app
