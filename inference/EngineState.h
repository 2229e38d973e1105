#pragma once

// Internal (torch) header: what a loaded Engine holds. Never include from outside inference/.
#include "core/dsp/MelSpectrogram.h"
#include "inference/Engine.h"
#include "inference/WordTokenizer.h"
#include "inference/nn/GeneratorModel.h"
#include "inference/nn/GriffinLim.h"
#include "inference/nn/Vocoder.h"

#include <optional>

namespace foley::inference {

struct Engine::Impl {
    EngineOptions options;
    ModelPackInfo info;
    WordTokenizer tokenizer{{}, 1, 2};
    GeneratorModel generator{nullptr};
    Vocoder vocoder{nullptr};  // null when the pack has none (Griffin-Lim then)
    GriffinLim griffinLim;
    dsp::MelSpectrogram mel;
    double loadMilliseconds = 0.0;

    void log(const std::string& line) const
    {
        if (options.log) options.log(line);
    }
};

}  // namespace foley::inference
