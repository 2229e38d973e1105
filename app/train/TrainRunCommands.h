#pragma once

#include <QStringList>

namespace foley::app::train {

int runTrainGenerator(const QStringList& args);  // foleyforge-train generator --corpus DIR --checkpoint DIR ...
int runTrainVocoder(const QStringList& args);    // foleyforge-train vocoder --corpus DIR --checkpoint DIR ...
int runWritePack(const QStringList& args);       // foleyforge-train pack --generator DIR [--vocoder DIR] --out DIR
int runEvaluate(const QStringList& args);        // foleyforge-train eval --pack DIR --corpus DIR --out FILE
int runJudge(const QStringList& args);           // foleyforge-train judge --corpus DIR

}  // namespace foley::app::train
