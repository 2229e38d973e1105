#pragma once

#include "widgets/library/LibraryPanel.h"

namespace foley::app {

// Answers the Sound Library dock's searches from the user's index (LibraryDatabase::defaultPath(), opened per
// search: the Sound Libraries dialog or the CLI may have changed it; a search over 100,000 recordings takes tens of
// milliseconds, so it runs on the UI thread).
// The last search is kept in the settings and run again when the dock is connected (the next session).
void connectLibrarySearch(widgets::LibraryPanel* panel);

inline constexpr const char* kLastLibrarySearchKey = "library/lastSearch";

}  // namespace foley::app
