#include "app/train/EvaluationMeasures.h"

#include "app/train/RenderRealism.h"
#include "core/dsp/MelSpectrogram.h"

#include <algorithm>
#include <cmath>

namespace foley::app::train {

namespace {

double shareDb(double share) { return 10.0 * std::log10(std::max(share, 1e-9)); }

QJsonObject onsetJson(const std::vector<dsp::OnsetScores>& scores)
{
    const dsp::OnsetScoresSummary s = dsp::OnsetMetrics::summarize(scores);
    return QJsonObject{{"clips", s.clips}, {"f1", s.f1}, {"precision", s.precision}, {"recall", s.recall},
                       {"onset_acc", s.acc}, {"onset_ap", s.ap}, {"onset_ap_strict", s.apStrict},
                       {"detected", s.detected}, {"reference", s.reference}, {"matched", s.matched}};
}

double multiResolutionStftDistance(const AudioBuffer& reference, const AudioBuffer& generated)
{
    double stft = 0.0;
    for (int fft : {256, 512, 1024}) {
        dsp::MelConfig config;
        config.nFft = fft;
        config.winLength = fft;
        config.hop = fft / 4;
        dsp::MelSpectrogram linear(config);
        const dsp::MelFrames x = linear.linearSpectrogram(reference.data(), static_cast<int64_t>(reference.frameCount()), dsp::SpectrogramScale::Linear);
        const dsp::MelFrames y = linear.linearSpectrogram(generated.data(), static_cast<int64_t>(generated.frameCount()), dsp::SpectrogramScale::Linear);
        double diff = 0.0, norm = 0.0, logL1 = 0.0;
        const size_t m = std::min(x.values.size(), y.values.size());
        for (size_t i = 0; i < m; ++i) {
            diff += std::pow(x.values[i] - y.values[i], 2);
            norm += std::pow(x.values[i], 2);
            logL1 += std::abs(std::log(x.values[i] + 1e-5) - std::log(y.values[i] + 1e-5));
        }
        stft += std::sqrt(diff) / std::max(1e-9, std::sqrt(norm)) + logL1 / static_cast<double>(std::max<size_t>(1, m));
    }
    return stft / 3.0;
}

double logMelL1(const AudioBuffer& reference, const AudioBuffer& generated)
{
    dsp::MelSpectrogram mel;
    const dsp::MelFrames a = mel.compute(reference.data(), static_cast<int64_t>(reference.frameCount()));
    const dsp::MelFrames b = mel.compute(generated.data(), static_cast<int64_t>(generated.frameCount()));
    double l1 = 0.0;
    const size_t n = std::min(a.values.size(), b.values.size());
    for (size_t i = 0; i < n; ++i) l1 += std::abs(a.values[i] - b.values[i]);
    return n ? l1 / static_cast<double>(n) : 0.0;
}

}  // namespace

QJsonObject Tally::json() const
{
    return QJsonObject{{"onsets_ours", onsetJson(ours)}, {"onsets_aubioonset", onsetJson(aubio)},
                       {"class_accuracy", classAccuracy()},
                       {"generations", generations},
                       {"seconds_per_generation", generations ? seconds / generations : 0.0}};
}

void Diversity::add(const inference::TakeProvenance& a, const inference::TakeProvenance& b)
{
    for (size_t e = 0; e < std::min(a.events.size(), b.events.size()); ++e, ++compared)
        differing += a.events[e].recording.clipId != b.events[e].recording.clipId ? 1 : 0;
}

QJsonObject NegativePromptTally::json() const
{
    return QJsonObject{{"scenes", total},
                       {"other_class_rate_without_negative", total ? double(without) / total : 0.0},
                       {"other_class_rate_with_negative", total ? double(with) / total : 0.0},
                       {"other_class_probability_without_negative", total ? probabilityWithout / total : 0.0},
                       {"other_class_probability_with_negative", total ? probabilityWith / total : 0.0}};
}

QJsonObject realismJson(const std::map<std::string, Tally>& tallies, const Tally& real, const Diversity& diversity, uint64_t seed)
{
    constexpr int kFolds = 5;
    const Tally none;
    const auto tally = [&](const char* name) -> const Tally& {
        const auto it = tallies.find(name);
        return it == tallies.end() ? none : it->second;
    };
    const double realHigh = real.meanHighShare();
    const double scaffoldClass = tally("retrieved_scaffold_only").classAccuracy();
    QJsonObject realism{{"real_scenes", real.generations}, {"real_high_band_share", realHigh},
                        {"real_high_band_db", shareDb(realHigh)}, {"folds", kFolds}};
    for (const char* name : {"recordings", "recordings_without_model", "full", "retrieved_scaffold_only"}) {
        const Tally& t = tally(name);
        const double high = t.meanHighShare();
        realism.insert(name, QJsonObject{{"discriminator_accuracy", twoSampleAccuracy(t.features, real.features, kFolds, seed)},
                                         {"high_band_share", high},
                                         {"high_band_db_vs_real", shareDb(high) - shareDb(realHigh)},
                                         {"class_accuracy_relative_to_scaffold", scaffoldClass > 0 ? t.classAccuracy() / scaffoldClass : 0.0}});
    }
    realism.insert("diversity", QJsonObject{{"events_compared", diversity.compared},
                                            {"share_of_events_with_another_recording",
                                             diversity.compared ? double(diversity.differing) / diversity.compared : 0.0}});
    return realism;
}

QJsonObject perClassJson(const std::map<std::string, Tally>& perClass)
{
    QJsonObject classes;
    for (const auto& [name, t] : perClass) {
        QJsonObject c = t.json();
        if (t.ours.empty()) {  // a texture class: its scenes have a mask, no onsets to score
            c.remove("onsets_ours");
            c.remove("onsets_aubioonset");
        }
        classes.insert(QString::fromStdString(name), c);
    }
    return classes;
}

Result<QJsonObject> vocoderReconstructionJson(inference::Engine& engine, const inference::SoundLibrary& testLibrary)
{
    constexpr int kRecordings = 60;
    double melL1 = 0.0, stft = 0.0;
    int resynthesized = 0;
    for (size_t i = 0; i < testLibrary.size() && resynthesized < kRecordings; i += std::max<size_t>(1, testLibrary.size() / kRecordings)) {
        Result<AudioBuffer> audio = testLibrary.audio(i);
        if (!audio || audio->frameCount() < 1600) continue;  // under 0.1 s
        Result<AudioBuffer> again = engine.resynthesize(*audio);
        if (!again) return again.error();
        melL1 += logMelL1(*audio, *again);
        stft += multiResolutionStftDistance(*audio, *again);
        ++resynthesized;
    }
    return QJsonObject{{"recordings", resynthesized},
                       {"log_mel_l1", resynthesized ? melL1 / resynthesized : 0.0},
                       {"multi_resolution_stft", resynthesized ? stft / resynthesized : 0.0}};
}

}  // namespace foley::app::train
