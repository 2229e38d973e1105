#include "widgets/onsets/OnsetKeyMap.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace foley::widgets {

OnsetKeyAction OnsetKeyMap::actionFor(const QKeyEvent* event)
{
    // Keypad keys come with KeypadModifier; it does not change what they mean here.
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = mods == Qt::NoModifier || mods == Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Semicolon: return plain ? OnsetKeyAction::Tap : OnsetKeyAction::None;
    case Qt::Key_M: return mods == Qt::ControlModifier ? OnsetKeyAction::Tap : OnsetKeyAction::None;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: return mods == Qt::NoModifier ? OnsetKeyAction::Remove : OnsetKeyAction::None;
    case Qt::Key_Left: return mods == Qt::AltModifier ? OnsetKeyAction::NudgeBack : OnsetKeyAction::None;
    case Qt::Key_Right: return mods == Qt::AltModifier ? OnsetKeyAction::NudgeForward : OnsetKeyAction::None;
    case Qt::Key_PageUp: return mods == Qt::NoModifier ? OnsetKeyAction::PreviousOnset : OnsetKeyAction::None;
    case Qt::Key_PageDown: return mods == Qt::NoModifier ? OnsetKeyAction::NextOnset : OnsetKeyAction::None;
    case Qt::Key_F2: return mods == Qt::NoModifier ? OnsetKeyAction::EditLabel : OnsetKeyAction::None;
    case Qt::Key_Return:
    case Qt::Key_Enter: return mods == Qt::NoModifier ? OnsetKeyAction::Accept : OnsetKeyAction::None;
    case Qt::Key_A: return mods == Qt::ControlModifier ? OnsetKeyAction::SelectAll : OnsetKeyAction::None;
    case Qt::Key_Escape: return OnsetKeyAction::Cancel;
    default: return OnsetKeyAction::None;
    }
}

QList<QPair<QString, QString>> OnsetKeyMap::helpEntries()
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("OnsetKeyMap", text); };
    return {
        {tr("; or Ctrl+M"), tr("Add an onset at the playhead (also while playing)")},
        {tr("Double-click"), tr("Add an onset there; its height is its strength")},
        {tr("Click, Ctrl+click, Shift+click"), tr("Select, toggle, extend the selection")},
        {tr("Drag on empty space"), tr("Rubber-band selection")},
        {tr("Drag a marker"), tr("Move the selection (snaps to video frames / detected peaks)")},
        {tr("Alt+drag, wheel over a marker"), tr("Change strength")},
        {tr("Alt+Left / Alt+Right"), tr("Nudge the selection by one video frame")},
        {tr("PgUp / PgDn"), tr("Go to the previous / next onset")},
        {tr("Delete, Backspace"), tr("Remove the selected onsets, reject selected proposals")},
        {tr("Enter, double-click a proposal"), tr("Accept detector proposals")},
        {tr("F2, double-click a marker"), tr("Edit the label")},
        {tr("Ctrl+A"), tr("Select all onsets")},
        {tr("Escape"), tr("Cancel a drag, else clear the selection")},
        {tr("Wheel / Ctrl+wheel"), tr("Scroll / zoom the timeline")},
    };
}

}  // namespace foley::widgets
