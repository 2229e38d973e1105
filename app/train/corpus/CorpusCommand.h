#pragma once

#include <QStringList>

namespace foley::app::train {

// `foleyforge-train corpus ...`: builds the sound corpus (clips, manifest, class report). See CorpusCommand.cpp.
int runCorpusCommand(const QStringList& args);

}  // namespace foley::app::train
