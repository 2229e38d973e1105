#pragma once

#include <QtGlobal>

namespace foley::core {

// Stable entity ids: commands and jobs refer to entities by id, never by pointer.
// Ids are never reused within a project (the allocators are raised past every loaded id).
using OnsetId = quint64;
using TakeId = quint64;
using SegmentId = quint64;
// One user gesture (a drag, a paint stroke, a typing session): commands with the same
// gesture id merge into one undo step. kInvalidId means "never merge".
using GestureId = quint64;
inline constexpr quint64 kInvalidId = 0;

}  // namespace foley::core
