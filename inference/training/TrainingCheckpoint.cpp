#include "inference/training/TrainingCheckpoint.h"

#include "inference/nn/WeightFile.h"

#include <torch/serialize.h>

#include <filesystem>
#include <fstream>

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

Status TrainingCheckpoint::save(torch::nn::Module& model, torch::nn::Module* ema, torch::optim::Optimizer& optimiser,
                                const std::string& name) const
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
    {
        std::ofstream state(fs::u8path(path("state.txt.tmp")));
        state << "step " << step << "\nloss " << loss << "\n";
        if (!state) return makeError(ErrorCode::IoWriteFailed, "cannot write " + path("state.txt"));
    }
    // state.txt last: it is what marks the checkpoint complete.
    const bool ok = commit(name + ".pt") && (!ema || commit(name + "-ema.pt")) && commit("optimiser.pt") && commit("state.txt");
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
