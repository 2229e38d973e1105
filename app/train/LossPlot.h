#pragma once

#include <QString>

namespace foley::app::train {

// Draws folder/loss.csv (step, seconds, loss, detail) as a PNG: raw loss in grey, its running average in colour,
// log-scaled y. Returns false (and leaves nothing) when the CSV has no rows or the PNG cannot be written.
bool writeLossPlot(const QString& csvPath, const QString& pngPath, const QString& title);

}  // namespace foley::app::train
