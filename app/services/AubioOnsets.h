#pragma once

#include "core/dsp/OnsetEvent.h"

#include <QString>

#include <optional>

namespace foley::app {

// Onsets of a WAV file by Debian's `aubioonset -i FILE` (default method and threshold), the independent judge of
// generated timing. nullopt when aubioonset is not installed or fails.
std::optional<dsp::OnsetSecondsList> aubioOnsets(const QString& wavPath);

}  // namespace foley::app
