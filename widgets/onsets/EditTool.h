#pragma once

#include <QString>

namespace foley::widgets {

// What a left-drag in the onset track editor does. The app offers these as a tool bar (keys 1-4).
enum class EditTool {
    Select,  // click/drag onsets, rubber-band select
    Pencil,  // paint the temporal mask up to the pointer's height (raise only)
    Eraser,  // paint the temporal mask down to the pointer's height (lower only)
    Range,   // drag a span; the whole span is set to the pointer's height on release
};

QString editToolName(EditTool tool);  // translated, for tool bars and the editor's badge

}  // namespace foley::widgets
