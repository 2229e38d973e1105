#pragma once

#include <QString>

namespace foley::app::train {

// Stable clip ids and the train/val/test split, both derived from (package, source file) with SHA-1, so every
// rebuild on every machine puts a recording in the same split, and no source file is in two splits.
// Packages reserved for evaluation (isReservedPackage) always get "reserved" and are never trained on.
class CorpusSplitter {
public:
    static QString clipId(const QString& package, const QString& source);  // 12 hex digits
    // "train" (~80 %), "val" (~10 %), "test" (~10 %) or "reserved".
    static QString splitFor(const QString& package, const QString& source);
    static bool isReservedPackage(const QString& package);
};

}  // namespace foley::app::train
