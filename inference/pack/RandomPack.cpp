#include "inference/pack/RandomPack.h"

#include "inference/pack/PackWriter.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/utils.h>

namespace foley::inference {

namespace {

// Caption words a foley model meets; a random pack's vocabulary only has to be plausible.
const std::vector<std::string> kWords = {"a", "the", "on", "of", "and", "footsteps", "door", "glass", "metal", "wood",
                                         "water", "impact", "hit", "knock", "slam", "splash", "step", "gravel", "heavy", "soft"};

void perturb(const std::vector<torch::Tensor>& parameters, uint64_t seed)
{
    at::Generator generator = at::detail::createCPUGenerator(seed);
    torch::NoGradGuard noGrad;
    for (const torch::Tensor& p : parameters) p.copy_(at::randn(p.sizes(), generator, at::kFloat) * 0.05);
}

}  // namespace

Result<ModelPackInfo> makeRandomPack(const std::string& folder, const RandomPackOptions& options)
{
    try {
        ArchitectureConfig arch = architectureFor(options.preset);
        arch.textVocabulary = static_cast<int>(kWords.size());
        if (!options.withVocoder) arch.vocoderDim = 0;
        torch::manual_seed(options.seed);
        PackContents contents;
        contents.folder = folder;
        contents.name = "random-" + toString(options.preset);
        contents.version = "0";
        contents.generator = GeneratorModel(arch);
        contents.generator->setNormalisation(torch::full({arch.melBins}, -4.0), torch::full({arch.melBins}, 2.0));
        perturb(contents.generator->zeroInitialisedParameters(), options.seed + 1);
        if (options.perturbTemporalBranch) {
            std::vector<torch::Tensor> outputs;
            for (auto& layer : contents.generator->temporal->outputs()) outputs.push_back(layer->weight);
            perturb(outputs, options.seed + 2);
        }
        if (arch.hasVocoder()) contents.vocoder = Vocoder(arch);
        contents.tokenizer = WordTokenizer(kWords, arch.textHashBuckets, arch.textMaxTokens);
        contents.trainingDataJson = R"({"kind": "untrained-random", "note": "random weights for tests and benchmarks; produces noise"})";
        return writeModelPack(contents);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InferenceRuntime, "cannot build a random model pack", e.what());
    }
}

}  // namespace foley::inference
