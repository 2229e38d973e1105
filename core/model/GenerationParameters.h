#pragma once

#include "core/timeline/SampleTimeRange.h"
#include "core/types/GenerationDefaults.h"
#include "core/types/SampleTime.h"

#include <QString>

#include <optional>

namespace foley::core {

// How a take's audio is made: from real recordings at the take's rate (the default), or by the neural model at
// 16 kHz (for sounds no library supplies). Mirrors inference::RenderMode (core cannot see inference).
enum class TakeRender { Recordings, Neural };

QString toString(TakeRender render);                             // "recordings" | "neural"
std::optional<TakeRender> takeRenderFromString(const QString& name);

// What the user asks the generator for; a take keeps a copy of the values it was made with.
// Defaults are the documented ones below; ranges are what the generation panel offers.
struct GenerationParameters {
    static constexpr int kDefaultSteps = generation::kDefaultSteps;
    static constexpr double kDefaultGuidance = generation::kDefaultGuidance;
    static constexpr double kDefaultStrength = generation::kDefaultStrength;
    static constexpr double kDefaultVariation = generation::kDefaultVariation;
    static constexpr int kDefaultSampleRate = generation::kDefaultTakeRate;
    static constexpr int kMinSampleRate = 8000;
    static constexpr int kMaxSampleRate = 192000;

    QString modelId;                            // model pack id; empty = the default pack
    int steps = kDefaultSteps;                  // sampler steps, 1..1000
    double guidance = kDefaultGuidance;         // classifier-free guidance scale (cfg), >= 0; 1 = no guidance
    qint64 seed = 0;                            // used as is when seedLocked, else the app draws a new one
    bool seedLocked = false;                    // false = a new seed for every generation (recorded in the take)
    double semanticStrength = kDefaultStrength; // weight of the caption/video condition, 0..2
    double temporalStrength = kDefaultStrength; // weight of the onset/mask condition, 0..2
    double variation = kDefaultVariation;       // distance from the retrieved library recordings, 0..1 (1 = from noise)
    std::optional<SampleTimeRange> region;            // nullopt = the whole clip; else regenerate only this span
    SampleTime duration = 0;                    // length to generate in samples; 0 = the media's duration
    TakeRender render = TakeRender::Recordings; // how the take's audio is made
    int sampleRate = kDefaultSampleRate;        // Hz of a take rendered from recordings (44100, 48000, 96000 …)

    // The same parameters with every field clamped into its range (steps 1..1000, strengths 0..2…).
    GenerationParameters normalized() const;

    friend bool operator==(const GenerationParameters& a, const GenerationParameters& b)
    {
        return a.modelId == b.modelId && a.steps == b.steps && a.guidance == b.guidance && a.seed == b.seed
            && a.seedLocked == b.seedLocked && a.semanticStrength == b.semanticStrength
            && a.temporalStrength == b.temporalStrength && a.variation == b.variation && a.region == b.region && a.duration == b.duration
            && a.render == b.render && a.sampleRate == b.sampleRate;
    }
    friend bool operator!=(const GenerationParameters& a, const GenerationParameters& b) { return !(a == b); }
};

}  // namespace foley::core
