#include "widgets/onsets/OnsetKeyMap.h"

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

}  // namespace foley::widgets
