#pragma once

class QWidget;

namespace foley::widgets {

// The fields of the editor commit on focus loss (a line edit's editingFinished, the caption box, an onset's label):
// text being typed is not in the project until the field is left. Two ways to end such an edit at once:

// Commits it: the field inside `root` that has the keyboard focus loses it, so its edit reaches the project as one
// undoable step before a save, an export or a close reads the project. Nothing happens when the focus is elsewhere.
void commitPendingEdit(QWidget* root);

// Drops it: the same field loses the focus with its signals blocked, so nothing is committed. For destructors: a
// window that closes while a field has the focus would otherwise commit into objects half torn down.
void abandonPendingEdit(QWidget* root);

}  // namespace foley::widgets
