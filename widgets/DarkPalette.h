#pragma once

#include <QPalette>

namespace foley::widgets {

// A dark palette for audio work: low glare, neutral greys so spectrogram colours read true.
QPalette darkPalette();

}  // namespace foley::widgets
