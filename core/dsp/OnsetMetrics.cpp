#include "core/dsp/OnsetMetrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace foley::dsp {

namespace {

constexpr double kTimeEpsilon = 1e-9;  // inclusive tolerance despite binary fractions (0.05 is not exact)

OnsetSecondsList sortedByTime(OnsetSecondsList list)
{
    std::stable_sort(list.begin(), list.end(), [](const OnsetEvent& a, const OnsetEvent& b) { return a.seconds < b.seconds; });
    return list;
}

double harmonic(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

}  // namespace

std::vector<std::pair<int, int>> OnsetMetrics::matchClosest(const OnsetSecondsList& detected, const OnsetSecondsList& reference,
                                                            double tolerance)
{
    std::vector<std::tuple<double, int, int>> pairs;
    for (size_t i = 0; i < detected.size(); ++i)
        for (size_t j = 0; j < reference.size(); ++j) {
            const double distance = std::abs(detected[i].seconds - reference[j].seconds);
            if (distance <= tolerance + kTimeEpsilon) pairs.emplace_back(distance, int(i), int(j));
        }
    std::sort(pairs.begin(), pairs.end());
    std::vector<bool> usedDetection(detected.size()), usedReference(reference.size());
    std::vector<std::pair<int, int>> matches;
    for (const auto& [distance, i, j] : pairs) {
        if (usedDetection[size_t(i)] || usedReference[size_t(j)]) continue;
        usedDetection[size_t(i)] = usedReference[size_t(j)] = true;
        matches.emplace_back(i, j);
    }
    std::sort(matches.begin(), matches.end());
    return matches;
}

OnsetSecondsList OnsetMetrics::suppressNonMaxima(const OnsetSecondsList& detected, double window)
{
    std::vector<size_t> order(detected.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return detected[a].strength > detected[b].strength; });
    std::vector<bool> removed(detected.size());
    OnsetSecondsList kept;
    for (size_t idx : order) {
        if (removed[idx]) continue;
        kept.push_back(detected[idx]);
        removed[idx] = true;
        for (size_t other = 0; other < detected.size(); ++other)
            if (!removed[other] && std::abs(detected[other].seconds - detected[idx].seconds) < window) removed[other] = true;
    }
    return sortedByTime(kept);
}

double OnsetMetrics::averagePrecision(const std::vector<int>& labels, const std::vector<double>& scores)
{
    const double positives = static_cast<double>(std::count(labels.begin(), labels.end(), 1));
    if (positives == 0) return 0.0;
    std::vector<size_t> order(labels.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    double ap = 0, truePositives = 0, count = 0, previousRecall = 0;
    for (size_t n = 0; n < order.size(); ++n) {
        truePositives += labels[order[n]] == 1 ? 1 : 0;
        count += 1;
        // One point per distinct threshold: tied scores enter the curve together.
        if (n + 1 < order.size() && scores[order[n + 1]] == scores[order[n]]) continue;
        const double recall = truePositives / positives;
        ap += (recall - previousRecall) * (truePositives / count);
        previousRecall = recall;
    }
    return ap;
}

void OnsetMetrics::condFoleyGenAp(const OnsetSecondsList& detected, const OnsetSecondsList& reference, OnsetScores& scores) const
{
    const OnsetSecondsList kept = suppressNonMaxima(detected, m_config.nmsWindow);
    const OnsetSecondsList references = sortedByTime(reference);
    std::vector<bool> used(kept.size());
    size_t remaining = kept.size();
    std::vector<int> labels;
    std::vector<double> confidence;
    int hits = 0;
    for (const OnsetEvent& ref : references) {
        int best = -1;
        for (size_t i = 0; i < kept.size(); ++i) {
            if (used[i] || !(std::abs(kept[i].seconds - ref.seconds) < m_config.apTolerance)) continue;
            if (best < 0 || kept[i].strength > kept[size_t(best)].strength) best = int(i);
        }
        labels.push_back(1);
        if (best < 0) {
            confidence.push_back(0.0);
            continue;
        }
        ++hits;
        confidence.push_back(kept[size_t(best)].strength);
        used[size_t(best)] = true;
        if (--remaining == 0) break;  // as the script does: references after the last detection add nothing
    }
    for (size_t i = 0; i < kept.size(); ++i)
        if (!used[i]) {
            labels.push_back(0);
            confidence.push_back(kept[i].strength);
        }
    scores.detectionAcc = references.empty() ? 0.0 : double(hits) / double(references.size());
    if (detected.empty() || reference.empty()) scores.ap = detected.empty() && reference.empty() ? 1.0 : 0.0;
    else scores.ap = averagePrecision(labels, confidence);
}

void OnsetMetrics::strictAp(const OnsetSecondsList& detected, const OnsetSecondsList& reference, OnsetScores& scores) const
{
    if (detected.empty() || reference.empty()) {
        scores.apStrict = detected.empty() && reference.empty() ? 1.0 : 0.0;
        return;
    }
    // Rank detections by strength; a detection is true when it takes a still-free reference within the tolerance.
    OnsetSecondsList ranked = suppressNonMaxima(detected, m_config.nmsWindow);
    std::stable_sort(ranked.begin(), ranked.end(), [](const OnsetEvent& a, const OnsetEvent& b) { return a.strength > b.strength; });
    std::vector<bool> taken(reference.size());
    std::vector<int> labels;
    std::vector<double> strengths;
    for (const OnsetEvent& d : ranked) {
        int best = -1;
        for (size_t j = 0; j < reference.size(); ++j) {
            if (taken[j] || !(std::abs(reference[j].seconds - d.seconds) < m_config.apTolerance)) continue;
            if (best < 0 || std::abs(reference[j].seconds - d.seconds) < std::abs(reference[size_t(best)].seconds - d.seconds))
                best = int(j);
        }
        if (best >= 0) taken[size_t(best)] = true;
        labels.push_back(best >= 0 ? 1 : 0);
        strengths.push_back(d.strength);
    }
    // Missed references are positives never retrieved: they only enlarge the recall denominator.
    const double retrieved = static_cast<double>(std::count(labels.begin(), labels.end(), 1));
    scores.apStrict = averagePrecision(labels, strengths) * retrieved / static_cast<double>(reference.size());
}

OnsetScores OnsetMetrics::evaluate(const OnsetSecondsList& detected, const OnsetSecondsList& reference) const
{
    OnsetScores scores;
    scores.detected = int(detected.size());
    scores.reference = int(reference.size());
    scores.matches = matchClosest(detected, reference, m_config.tolerance);
    scores.matched = int(scores.matches.size());
    if (detected.empty() && reference.empty()) {
        scores.precision = scores.recall = scores.f1 = 1.0;
    } else {
        scores.precision = detected.empty() ? 0.0 : double(scores.matched) / double(detected.size());
        scores.recall = reference.empty() ? 0.0 : double(scores.matched) / double(reference.size());
        scores.f1 = harmonic(scores.precision, scores.recall);
    }
    scores.acc = detected.size() == reference.size() ? 1.0 : 0.0;
    condFoleyGenAp(detected, reference, scores);
    strictAp(detected, reference, scores);
    return scores;
}

OnsetScoresSummary OnsetMetrics::summarize(const std::vector<OnsetScores>& clips)
{
    OnsetScoresSummary summary;
    summary.clips = int(clips.size());
    if (clips.empty()) return summary;
    for (const OnsetScores& s : clips) {
        summary.detected += s.detected;
        summary.reference += s.reference;
        summary.matched += s.matched;
        summary.acc += s.acc;
        summary.ap += s.ap;
        summary.apStrict += s.apStrict;
        summary.detectionAcc += s.detectionAcc;
    }
    const double n = double(clips.size());
    summary.acc /= n;
    summary.ap /= n;
    summary.apStrict /= n;
    summary.detectionAcc /= n;
    const bool bothEmpty = summary.detected == 0 && summary.reference == 0;
    summary.precision = bothEmpty ? 1.0 : summary.detected ? double(summary.matched) / summary.detected : 0.0;
    summary.recall = bothEmpty ? 1.0 : summary.reference ? double(summary.matched) / summary.reference : 0.0;
    summary.f1 = bothEmpty ? 1.0 : harmonic(summary.precision, summary.recall);
    return summary;
}

}  // namespace foley::dsp
