#include "inference/pack/PackWriter.h"

#include "inference/nn/WeightFile.h"

#include <filesystem>

namespace foley::inference {

namespace fs = std::filesystem;

Result<ModelPackInfo> writeModelPack(const PackContents& contents)
{
    if (!contents.generator) return makeError(ErrorCode::InvalidArgument, "a model pack needs a generator");
    ArchitectureConfig arch = contents.generator->config();
    if (contents.tokenizer.vocabularySize() != arch.textVocabulary || contents.tokenizer.maxTokens() != arch.textMaxTokens)
        return makeError(ErrorCode::InvalidArgument, "tokenizer does not match the generator's text architecture");
    if (!contents.vocoder) arch.vocoderDim = 0;
    std::error_code ec;
    fs::create_directories(contents.folder, ec);
    if (ec) return makeError(ErrorCode::IoWriteFailed, "cannot create " + contents.folder + ": " + ec.message());

    ModelPackInfo info;
    info.folder = contents.folder;
    info.name = contents.name;
    info.version = contents.version;
    info.sampleRate = coreMelDefinition().sampleRate;
    info.mel = coreMelDefinition();
    info.architecture = arch;
    info.trainingDataJson = contents.trainingDataJson;
    info.metricsJson = contents.metricsJson;
    info.files.push_back({"vocabulary", "vocab.txt", {}});
    info.files.push_back({"generator", "generator.pt", {}});
    Status written = contents.tokenizer.writeFile(info.pathOf(info.files[0]));
    if (!written) return written.error();
    GeneratorModel generator = contents.generator;  // holders share the module
    written = saveWeights(*generator, info.pathOf(info.files[1]));
    if (!written) return written.error();
    if (contents.vocoder) {
        info.files.push_back({"vocoder", "vocoder.pt", {}});
        Vocoder vocoder = contents.vocoder;
        written = saveWeights(*vocoder, info.pathOf(info.files.back()));
        if (!written) return written.error();
    }
    written = writeModelPackManifest(info);
    if (!written) return written.error();
    return info;
}

}  // namespace foley::inference
