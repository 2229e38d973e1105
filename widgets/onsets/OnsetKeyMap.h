#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QKeyEvent;

namespace foley::widgets {

// The onset track editor's keyboard: which key does what. Kept apart so the Help window and the editor agree.
enum class OnsetKeyAction {
    None,
    Tap,            // ; or Ctrl+M: add an onset at the playhead (Sonic Visualiser, Audacity)
    Remove,         // Delete, Backspace
    NudgeBack,      // Alt+Left: one video frame earlier
    NudgeForward,   // Alt+Right
    PreviousOnset,  // PgUp: playhead to the previous onset
    NextOnset,      // PgDn
    EditLabel,      // F2
    Accept,         // Enter: accept the selected detector proposals
    SelectAll,      // Ctrl+A
    Cancel,         // Escape: abort a drag, else clear the selection
};

class OnsetKeyMap {
public:
    static OnsetKeyAction actionFor(const QKeyEvent* event);
    // (keys, what they do) for the Help window: the keyboard and mouse of the onset lane, translated.
    static QList<QPair<QString, QString>> helpEntries();
};

}  // namespace foley::widgets
