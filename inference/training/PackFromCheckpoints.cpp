#include "inference/training/TrainingRun.h"

#include "inference/nn/WeightFile.h"
#include "inference/pack/PackWriter.h"

#include <filesystem>
#include <fstream>

namespace foley::inference {

namespace {

SizePreset readSize(const std::string& folder)
{
    std::ifstream in(std::filesystem::u8path(folder) / "size.txt");
    std::string name;
    in >> name;
    if (name == "tiny") return SizePreset::Tiny;
    if (name == "small") return SizePreset::Small;
    return SizePreset::Default;
}

}  // namespace

Status writePackFromCheckpoints(const PackOptions& options)
{
    namespace fs = std::filesystem;
    ArchitectureConfig config = architectureFor(readSize(options.generatorCheckpoint));
    Result<WordTokenizer> tokenizer = WordTokenizer::fromFile((fs::u8path(options.generatorCheckpoint) / "vocab.txt").u8string(),
                                                              config.textHashBuckets, config.textMaxTokens);
    if (!tokenizer) return tokenizer.error();
    config.textVocabulary = tokenizer->vocabularySize();
    if (options.vocoderCheckpoint.empty()) config.vocoderDim = 0;
    else {
        const ArchitectureConfig vocoderConfig = architectureFor(readSize(options.vocoderCheckpoint));
        config.vocoderDim = vocoderConfig.vocoderDim;
        config.vocoderLayers = vocoderConfig.vocoderLayers;
        config.vocoderFft = vocoderConfig.vocoderFft;
    }
    PackContents contents{options.outFolder, options.name, options.version, GeneratorModel(config), nullptr, *tokenizer,
                          options.trainingDataJson, options.metricsJson};
    if (Status s = loadWeights(*contents.generator, (fs::u8path(options.generatorCheckpoint) / "generator-ema.pt").u8string()); !s)
        return s;
    if (config.hasVocoder()) {
        contents.vocoder = Vocoder(config);
        // The weights' moving average where the run kept one (runs before it kept only the last weights).
        const fs::path average = fs::u8path(options.vocoderCheckpoint) / "vocoder-ema.pt";
        const fs::path weights = fs::exists(average) ? average : fs::u8path(options.vocoderCheckpoint) / "vocoder.pt";
        if (Status s = loadWeights(*contents.vocoder, weights.u8string()); !s) return s;
    }
    Result<ModelPackInfo> written = writeModelPack(contents);
    if (!written) return written.error();
    return okStatus();
}

}  // namespace foley::inference
