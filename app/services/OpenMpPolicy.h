#pragma once

namespace foley::app {

// libgomp spin-waits by default, which makes every parallel torch op wait for descheduled threads when other
// programs share the cores (one denoiser pass: 3.6 s instead of 0.17 s at load 8, see inference/README.md).
// It reads OMP_WAIT_POLICY when it loads, before main, so the only fix from inside is to restart the process
// with the variable set. Call first thing in main; returns only if no restart was needed or possible.
void restartWithPassiveOpenMpIfNeeded(char** argv);

}  // namespace foley::app
