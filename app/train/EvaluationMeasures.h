#pragma once

#include "core/dsp/OnsetMetrics.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "inference/Engine.h"
#include "inference/render/TakeProvenance.h"
#include "inference/retrieval/SoundLibrary.h"

#include <QJsonObject>

#include <map>
#include <string>
#include <vector>

namespace foley::app::train {

// What the evaluation gathers about one way of generating (a variant) over the test scenes, and the JSON each
// measurement reports.
struct Tally {
    std::vector<dsp::OnsetScores> ours, aubio;
    int classCorrect = 0, classTotal = 0;
    double seconds = 0.0;
    int generations = 0;
    std::vector<std::vector<float>> features;  // realismFeatures of every take
    double highShare = 0.0;                    // summed highBandShare

    double classAccuracy() const { return classTotal ? double(classCorrect) / classTotal : 0.0; }
    double meanHighShare() const { return generations ? highShare / generations : 0.0; }
    QJsonObject json() const;  // onsets (ours, aubioonset), class accuracy, generations, seconds per generation
};

// Between two seeds, how many events took another recording.
struct Diversity {
    int compared = 0;
    int differing = 0;
    void add(const inference::TakeProvenance& a, const inference::TakeProvenance& b);
};

// The negative prompt's effect: how often (and how strongly) the judge hears the class the negative names.
struct NegativePromptTally {
    int without = 0, with = 0, total = 0;
    double probabilityWithout = 0.0, probabilityWith = 0.0;  // the judge's belief, finer than its verdict
    QJsonObject json() const;
};

// How real each render sounds against the real scenes: a classifier two-sample test (0.5 = indistinguishable), the
// share of energy above 8 kHz beside theirs, the judge's class accuracy relative to the scaffold's, and diversity.
QJsonObject realismJson(const std::map<std::string, Tally>& tallies, const Tally& real, const Diversity& diversity, uint64_t seed);

// Per class of the full (neural) variant; texture classes have no onsets to report.
QJsonObject perClassJson(const std::map<std::string, Tally>& perClass);

// The vocoder alone on up to 60 real test recordings: log-mel L1 (core's mel) and multi-resolution STFT distance
// (spectral convergence + log-magnitude L1 at FFT sizes 256/512/1024) of each against its resynthesis.
Result<QJsonObject> vocoderReconstructionJson(inference::Engine& engine, const inference::SoundLibrary& testLibrary);

}  // namespace foley::app::train
