#pragma once

#include "core/model/Ids.h"

#include <functional>

namespace foley::widgets {

// Hands out gesture ids for intents: one per drag, paint stroke or typing session, so the commands the app makes
// from them merge into one undo step. By default a process-wide counter; the app should route it to its
// project (setProvider([&] { return project.newGestureId(); })) so widget gestures and its own never collide.
class GestureIdSource {
public:
    static core::GestureId next();
    static void setProvider(std::function<core::GestureId()> provider);  // empty = the built-in counter
};

}  // namespace foley::widgets
