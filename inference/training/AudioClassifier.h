#pragma once

// Public (torch-free) header: the judge of the evaluation. A small MLP over summary statistics of core's log-mel
// (ClipStatistics), trained only on scenes composed of real recordings (the corpus' test split), never on generated
// audio, that says which class a clip sounds like.
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "inference/retrieval/SoundLibrary.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace foley::inference {

class AudioClassifier {
public:
    struct Options {
        int scenesPerClass = 160;  // scenes rendered per class from the library's recordings
        double sceneSeconds = 4.0;
        int steps = 2000;
        int batch = 64;
        uint64_t seed = 3;
        std::function<void(const std::string&)> log;
    };
    // Trains on scenes (SceneSampler: the recordings of `library` whose class is in `classes`, at random onsets,
    // strengths, room tone and overall gain) — the form generated takes have.
    static Result<AudioClassifier> train(const SoundLibrary& library, const std::vector<std::string>& classes, const Options& options);

    struct Accuracy {
        int scenes = 0;
        double overall = 0.0;
        std::map<std::string, double> perClass;
        std::map<std::string, std::map<std::string, int>> confusion;  // true class -> what the judge said -> scenes
    };
    // How often the judge names the right class of real scenes composed from `library` (e.g. recordings it never
    // heard): the ceiling of what it can confirm in generated audio.
    Accuracy accuracyOn(const SoundLibrary& library, int scenesPerClass, double sceneSeconds, uint64_t seed) const;

    AudioClassifier(AudioClassifier&&) noexcept;
    AudioClassifier& operator=(AudioClassifier&&) noexcept;
    ~AudioClassifier();

    const std::vector<std::string>& classes() const;
    std::vector<float> probabilities(const AudioBuffer& audio) const;  // 16 kHz mono
    std::string predict(const AudioBuffer& audio) const;
    double probabilityOf(const AudioBuffer& audio, const std::string& soundClass) const;  // 0 for a class it does not judge
    double trainingAccuracy() const;  // on its own training scenes (a sanity figure, not the evaluation)

    struct Impl;

private:
    explicit AudioClassifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace foley::inference
