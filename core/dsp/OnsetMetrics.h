#pragma once

#include "core/dsp/OnsetEvent.h"

#include <utility>
#include <vector>

namespace foley::dsp {

struct OnsetMetricsConfig {
    double tolerance = 0.05;    // F1: a detection matches a reference within ±tolerance s (inclusive)
    double apTolerance = 0.1;   // CondFoleyGen's delta for AP / detection accuracy (strictly within)
    double nmsWindow = 0.05;    // CondFoleyGen's non-maximum suppression of detections before AP
};

// Scores of one clip's detections against its reference onsets.
//
// * precision / recall / f1: one-to-one matching, greedy by closest pair (all pairs within ±tolerance sorted
//   by |time difference|, each detection and reference used at most once). precision = matched / detected,
//   recall = matched / reference, f1 = their harmonic mean; both lists empty = 1, one empty = 0.
// * acc — "Onset Acc" of CondFoleyGen (Du et al., CVPR 2023; github XYPB/CondFoleyGen predict_onset.py):
//   1 when the number of detections equals the number of reference onsets, else 0. Over a test set it is
//   the mean of this value (summarize()), i.e. the fraction of clips with the right onset count.
// * ap — "Onset AP" as that script computes it: detections are first thinned by NMS (strongest first,
//   dropping any other within nmsWindow s); then, for each reference onset in time order, the strongest
//   unused detection strictly within apTolerance s is matched (label 1, score = its strength) or, if none,
//   the reference is added as (label 1, score 0); once every detection is used the loop stops (the script's
//   `break`, so later references add nothing); unused detections become (label 0, score = strength).
//   AP is then sklearn's average_precision_score: sum over distinct score thresholds, descending, of
//   (recall_n - recall_{n-1}) * precision_n. Strength plays the role of the script's confidence (its
//   normalised waveform peak within ±50 ms; AudioOnsetDetector's strength is the same kind of quantity).
//   Degenerate cases the script leaves undefined: no detections → 0, no references → 0, both empty → 1.
// * apStrict: plain average precision over the NMS-thinned detections ranked by strength, each reference a
//   positive that unmatched stays unretrieved (sum of precision@k at each true detection / references),
//   so missing onsets always cost AP (the script's version does not penalise misses when there are no
//   false alarms). Reported beside `ap`, never instead of it.
// * detectionAcc: the script's "detection acc", matched references (AP matching) / references.
struct OnsetScores {
    int detected = 0;
    int reference = 0;
    int matched = 0;  // F1 matching
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    double acc = 0;
    double ap = 0;
    double apStrict = 0;
    double detectionAcc = 0;
    std::vector<std::pair<int, int>> matches;  // (detection index, reference index) of the F1 matching
};

// Means over clips, as papers report them (acc, ap, apStrict, detectionAcc), plus F1 from summed counts.
struct OnsetScoresSummary {
    int clips = 0;
    int detected = 0;
    int reference = 0;
    int matched = 0;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    double acc = 0;
    double ap = 0;
    double apStrict = 0;
    double detectionAcc = 0;
};

class OnsetMetrics {
public:
    explicit OnsetMetrics(const OnsetMetricsConfig& config = {}) : m_config(config) {}
    const OnsetMetricsConfig& config() const { return m_config; }

    OnsetScores evaluate(const OnsetSecondsList& detected, const OnsetSecondsList& reference) const;
    static OnsetScoresSummary summarize(const std::vector<OnsetScores>& clips);

    // Building blocks, public for tests and tools.
    static std::vector<std::pair<int, int>> matchClosest(const OnsetSecondsList& detected, const OnsetSecondsList& reference,
                                                         double tolerance);
    static OnsetSecondsList suppressNonMaxima(const OnsetSecondsList& detected, double window);
    // sklearn.metrics.average_precision_score(labels, scores); 0 when there is no positive label.
    static double averagePrecision(const std::vector<int>& labels, const std::vector<double>& scores);

private:
    void condFoleyGenAp(const OnsetSecondsList& detected, const OnsetSecondsList& reference, OnsetScores& scores) const;
    void strictAp(const OnsetSecondsList& detected, const OnsetSecondsList& reference, OnsetScores& scores) const;

    OnsetMetricsConfig m_config;
};

}  // namespace foley::dsp
