#include "inference/nn/WeightFile.h"

#include <torch/serialize.h>

#include <set>
#include <sstream>

namespace foley::inference {

namespace {

std::string shapeText(at::IntArrayRef sizes)
{
    std::ostringstream out;
    out << '[';
    for (size_t i = 0; i < sizes.size(); ++i) out << (i ? "," : "") << sizes[i];
    out << ']';
    return out.str();
}

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(torch::nn::Module& module)
{
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto& item : module.named_parameters(true)) tensors.emplace_back(item.key(), item.value());
    for (const auto& item : module.named_buffers(true)) tensors.emplace_back(item.key(), item.value());
    return tensors;
}

}  // namespace

Status saveWeights(torch::nn::Module& module, const std::string& path)
{
    try {
        torch::serialize::OutputArchive archive;
        for (const auto& [name, tensor] : namedTensors(module)) archive.write(name, tensor.detach().contiguous());
        archive.save_to(path);
        return okStatus();
    } catch (const std::exception& e) {
        return makeError(ErrorCode::IoWriteFailed, "cannot write weights " + path, e.what());
    }
}

Status loadWeights(torch::nn::Module& module, const std::string& path)
{
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InferencePackInvalid, "weight file " + path + " is not a torch archive", e.what());
    }
    try {
        std::set<std::string> expected;
        torch::NoGradGuard noGrad;
        for (auto& [name, tensor] : namedTensors(module)) {
            expected.insert(name);
            c10::IValue value;
            if (!archive.try_read(name, value) || !value.isTensor())
                return makeError(ErrorCode::InferencePackShape, "weight file " + path + " has no parameter '" + name + "'");
            const torch::Tensor stored = value.toTensor();
            if (stored.sizes() != tensor.sizes())
                return makeError(ErrorCode::InferencePackShape, "parameter '" + name + "' in " + path + " has shape "
                                                                    + shapeText(stored.sizes()) + ", the architecture needs "
                                                                    + shapeText(tensor.sizes()));
            tensor.copy_(stored);
        }
        for (const std::string& key : archive.keys())
            if (!expected.count(key))
                return makeError(ErrorCode::InferencePackShape,
                                 "weight file " + path + " has parameter '" + key + "' that the architecture does not have");
        return okStatus();
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InferencePackInvalid, "cannot read weights " + path, e.what());
    }
}

}  // namespace foley::inference
