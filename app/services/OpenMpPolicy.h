#pragma once

namespace foley::app {

// libgomp spin-waits by default, which makes every parallel torch op wait for descheduled threads when other
// programs share the cores (one denoiser pass: 3.6 s instead of 0.17 s at load 8, see inference/README.md).
// It reads OMP_WAIT_POLICY when it loads, before main, so the only fix from inside is to restart the process
// with the variable set. Call first thing in main; returns only if no restart was needed or possible.
enum class OpenMpRestart {
    Always,            // long-lived processes (editor, training): the load will change while they run
    WhenCoresShared,   // short commands: a restart costs a second libtorch start (~0.8 s), worth it only under load
                       // (measured, one busy program beside a generate call: 1.5-1.75 s spinning vs 0.70 s passive)
};
void restartWithPassiveOpenMpIfNeeded(char** argv, OpenMpRestart when = OpenMpRestart::Always);

}  // namespace foley::app
