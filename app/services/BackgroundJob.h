#pragma once

#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace foley::app {

// Runs long work (decode, analysis, export) on Qt's thread pool. The work receives a RunControl whose progress
// goes to the QFuture (0..1000) and whose cancel flag follows QFuture::cancel(), so a QFutureWatcher on the UI
// thread gets progress, cancellation and the Result without the UI thread ever blocking.
inline constexpr int kJobProgressRange = 1000;

template <typename T>
QFuture<Result<T>> runJob(std::function<Result<T>(RunControl&)> work)
{
    return QtConcurrent::run([work = std::move(work)](QPromise<Result<T>>& promise) {
        promise.setProgressRange(0, kJobProgressRange);
        RunControl control;
        control.progress = [&promise, &control](double fraction) {
            if (promise.isCanceled()) control.cancel();
            promise.setProgressValue(static_cast<int>(fraction * kJobProgressRange));
        };
        Result<T> result = work(control);
        if (promise.isCanceled() && result.ok()) result = makeError(ErrorCode::Cancelled, "cancelled");
        promise.addResult(std::move(result));
    });
}

}  // namespace foley::app
