#pragma once

#include "core/types/GenerationDefaults.h"

#include <optional>
#include <string>

namespace foley::inference {

// How a take's audio is made.
// * Recordings (the default): real recordings at full bandwidth, chosen per event and per texture span to match the
//   model's own 16 kHz drawing, placed on the onsets and varied (RecordingRenderer).
// * Neural: the model's drawing itself, vocoded at 16 kHz: for sounds no library supplies.
enum class RenderMode { Recordings, Neural };

inline const char* toString(RenderMode mode) { return mode == RenderMode::Neural ? "neural" : "recordings"; }

inline std::optional<RenderMode> renderModeFromString(const std::string& name)
{
    if (name == "recordings") return RenderMode::Recordings;
    if (name == "neural") return RenderMode::Neural;
    return std::nullopt;
}

// Take rates a user may ask for (Hz); 48 kHz is the default, as video delivery expects.
inline constexpr int kDefaultTakeRate = generation::kDefaultTakeRate;
inline constexpr int kMinTakeRate = 8000;
inline constexpr int kMaxTakeRate = 192000;

}  // namespace foley::inference
