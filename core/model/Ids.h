#pragma once

#include <QtGlobal>

namespace foley::core {

// Stable entity ids: commands and jobs refer to entities by id, never by pointer.
using OnsetId = quint64;
using TakeId = quint64;
using SegmentId = quint64;
inline constexpr quint64 kInvalidId = 0;

}  // namespace foley::core
