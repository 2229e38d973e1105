#include "inference/training/TrainingCheckpoint.h"

#include "inference/nn/WeightFile.h"

#include <torch/serialize.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <mutex>
#include <sstream>

namespace foley::inference {

namespace fs = std::filesystem;

std::string TrainingCheckpoint::path(const std::string& file) const { return (fs::u8path(folder) / file).u8string(); }

bool TrainingCheckpoint::exists() const { return fs::exists(fs::u8path(path("state.txt"))); }

Status TrainingCheckpoint::load(torch::nn::Module& model, torch::nn::Module* ema, torch::optim::Optimizer& optimiser,
                                const std::string& name)
{
    std::ifstream state(fs::u8path(path("state.txt")));
    std::string key;
    while (state >> key) {
        if (key == "step") state >> step;
        else if (key == "loss") state >> loss;
    }
    if (Status s = loadWeights(model, path(name + ".pt")); !s) return s;
    if (ema)
        if (Status s = loadWeights(*ema, path(name + "-ema.pt")); !s) return s;
    try {
        torch::load(optimiser, path("optimiser.pt"));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::IoReadFailed, "cannot read the optimiser state in " + folder, e.what());
    }
    return okStatus();
}

namespace {

// random.pt: one state tensor per torch generator, then the engine's text form as bytes (when there is an engine).
Status saveRandomStreams(const RandomStreams& random, const std::string& file)
{
    std::vector<torch::Tensor> states;
    for (at::Generator g : random.torch) {  // a handle: the copy shares the generator
        std::lock_guard<std::mutex> lock(g.mutex());
        states.push_back(g.get_state());
    }
    if (random.engine) {
        std::ostringstream text;
        text << *random.engine;
        const std::string bytes = text.str();
        states.push_back(torch::from_blob(const_cast<char*>(bytes.data()), {static_cast<int64_t>(bytes.size())}, torch::kUInt8).clone());
    }
    try {
        torch::save(states, file);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::IoWriteFailed, "cannot write the random state " + file, e.what());
    }
    return okStatus();
}

}  // namespace

Status TrainingCheckpoint::restore(RandomStreams& random) const
{
    const std::string file = path("random.pt");
    if (!fs::exists(fs::u8path(file))) return okStatus();
    std::vector<torch::Tensor> states;
    try {
        torch::load(states, file);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::IoReadFailed, "cannot read the random state " + file, e.what());
    }
    if (states.size() != random.torch.size() + (random.engine ? 1 : 0))
        return makeError(ErrorCode::IoParseFailed, "the random state in " + file + " belongs to another kind of run");
    for (size_t i = 0; i < random.torch.size(); ++i) {
        std::lock_guard<std::mutex> lock(random.torch[i].mutex());
        random.torch[i].set_state(states[i]);
    }
    if (random.engine) {
        const torch::Tensor& bytes = states.back();
        std::istringstream text(std::string(reinterpret_cast<const char*>(bytes.data_ptr<uint8_t>()), static_cast<size_t>(bytes.numel())));
        text >> *random.engine;
        if (!text) return makeError(ErrorCode::IoParseFailed, "the sampler state in " + file + " is damaged");
    }
    return okStatus();
}

Status TrainingCheckpoint::save(torch::nn::Module& model, torch::nn::Module* ema, torch::optim::Optimizer& optimiser,
                                const std::string& name, const RandomStreams& random) const
{
    fs::create_directories(fs::u8path(folder));
    auto commit = [&](const std::string& file) {
        std::error_code ec;
        fs::rename(fs::u8path(path(file + ".tmp")), fs::u8path(path(file)), ec);
        return !ec;
    };
    if (Status s = saveWeights(model, path(name + ".pt.tmp")); !s) return s;
    if (ema)
        if (Status s = saveWeights(*ema, path(name + "-ema.pt.tmp")); !s) return s;
    try {
        torch::save(optimiser, path("optimiser.pt.tmp"));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::IoWriteFailed, "cannot write the optimiser state in " + folder, e.what());
    }
    if (Status s = saveRandomStreams(random, path("random.pt.tmp")); !s) return s;
    {
        std::ofstream state(fs::u8path(path("state.txt.tmp")));
        state << std::setprecision(17) << "step " << step << "\nloss " << loss << "\n";  // the running average, exactly
        if (!state) return makeError(ErrorCode::IoWriteFailed, "cannot write " + path("state.txt"));
    }
    // state.txt last: it is what marks the checkpoint complete.
    const bool ok = commit(name + ".pt") && (!ema || commit(name + "-ema.pt")) && commit("optimiser.pt") && commit("random.pt")
                    && commit("state.txt");
    if (!ok) return makeError(ErrorCode::IoWriteFailed, "cannot commit the checkpoint in " + folder);
    return okStatus();
}

void appendLossRow(const std::string& folder, int64_t step, double seconds, double loss, double detail)
{
    const fs::path file = fs::u8path(folder) / "loss.csv";
    const bool fresh = !fs::exists(file);
    std::ofstream out(file, std::ios::app);
    if (fresh) out << "step,seconds,loss,detail\n";
    out << step << ',' << seconds << ',' << loss << ',' << detail << '\n';
}

}  // namespace foley::inference
