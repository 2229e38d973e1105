#pragma once

// Public (torch-free) header: the judge of the evaluation. A small CNN over core's log-mel, trained only on real
// recordings (the corpus' test split), never on generated audio, that says which class a clip sounds like.
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "inference/retrieval/SoundLibrary.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace foley::inference {

class AudioClassifier {
public:
    struct Options {
        double minutes = 4.0;
        int64_t maxSteps = 1500;
        int batch = 32;
        uint64_t seed = 3;
        std::function<void(const std::string&)> log;
    };
    // Trains on the clips of `library` whose class is in `classes`; each clip is placed in a 2.56 s scene with room
    // tone at a random offset and gain (the form generated takes have).
    static Result<AudioClassifier> train(const SoundLibrary& library, const std::vector<std::string>& classes, const Options& options);

    AudioClassifier(AudioClassifier&&) noexcept;
    AudioClassifier& operator=(AudioClassifier&&) noexcept;
    ~AudioClassifier();

    const std::vector<std::string>& classes() const;
    std::vector<float> probabilities(const AudioBuffer& audio) const;  // 16 kHz mono
    std::string predict(const AudioBuffer& audio) const;
    double trainingAccuracy() const;  // on its own last batches (a sanity figure, not the evaluation)

    struct Impl;

private:
    explicit AudioClassifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace foley::inference
