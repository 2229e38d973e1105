#pragma once

#include "core/model/Ids.h"

#include <functional>
#include <utility>

namespace foley::widgets {

// Where an editing widget draws the gesture ids of its intents: one per drag, paint stroke or typing session, so
// the commands the app makes from them merge into one undo step. The app hands every editing widget its project's
// source (Project::newGestureId), so widget gestures and its own never collide; a widget without one gives
// kInvalidId, whose steps never merge.
class GestureIdSource {
public:
    GestureIdSource() = default;
    explicit GestureIdSource(std::function<core::GestureId()> next) : m_next(std::move(next)) {}

    core::GestureId next() const { return m_next ? m_next() : core::kInvalidId; }

private:
    std::function<core::GestureId()> m_next;
};

}  // namespace foley::widgets
