#pragma once

// Internal (torch) header: the trainer writes its packs through this.
#include "inference/WordTokenizer.h"
#include "inference/nn/GeneratorModel.h"
#include "inference/nn/Vocoder.h"
#include "inference/pack/ModelPackInfo.h"

namespace foley::inference {

struct PackContents {
    std::string folder;
    std::string name;
    std::string version;
    GeneratorModel generator{nullptr};
    Vocoder vocoder{nullptr};  // null = no neural vocoder (Griffin-Lim at run time)
    WordTokenizer tokenizer{{}, 1, 2};
    std::string trainingDataJson = "{}";  // model card: data, recipe, command, training time
    std::string metricsJson = "{}";
};

// Writes vocab.txt, generator.pt, vocoder.pt (when present) and model.json with core's mel definition and
// every file's SHA-256. The architecture is the generator's; the tokenizer must match its vocabulary size.
Result<ModelPackInfo> writeModelPack(const PackContents& contents);

}  // namespace foley::inference
