#pragma once

#include <atomic>
#include <functional>

namespace foley {

// Progress + cancellation handed to long work (decode, analysis, export, generation).
// `progress` receives a fraction in [0, 1]; callers throttle what they forward to a UI.
struct RunControl {
    std::atomic<bool> cancelRequested{false};
    std::function<void(double fraction)> progress;

    bool isCancelled() const { return cancelRequested.load(std::memory_order_relaxed); }
    void cancel() { cancelRequested.store(true, std::memory_order_relaxed); }
    void report(double fraction) const { if (progress) progress(fraction); }

    // Makes this control a sub-task of `parent`: its progress fills [from, to] of the parent's, and the parent's
    // cancellation reaches it at the next report. `parent` must outlive this control.
    void followParent(const RunControl& parent, double from, double to)
    {
        progress = [this, &parent, from, to](double fraction) {
            parent.report(from + (to - from) * fraction);
            if (parent.isCancelled()) cancel();
        };
    }
};

}  // namespace foley
