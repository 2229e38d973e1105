#pragma once

// The one home of the generation defaults. The engine's request (inference/GenerationRequest.h), the project's
// parameters (core/model/GenerationParameters.h: what the editor and `foleyforge-cli generate` start from) and the
// evaluation (app/train) all read these, so a take made anywhere with "the defaults" is made the same way. They
// are the settings the default model pack was evaluated with (its model card).
namespace foley::generation {

inline constexpr int kDefaultSteps = 20;             // sampler steps
inline constexpr double kDefaultGuidance = 3.0;      // classifier-free guidance on the caption (cfg)
inline constexpr double kDefaultNegativeGuidance = 1.0;
inline constexpr double kDefaultVideoGuidance = 1.5;
inline constexpr double kDefaultStrength = 1.0;      // semantic and temporal strength
inline constexpr double kDefaultVariation = 0.3;     // neural render: distance from the retrieved recordings
inline constexpr int kDefaultTakeRate = 48000;       // Hz of a take rendered from recordings

}  // namespace foley::generation
