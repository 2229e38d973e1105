#pragma once

#include "core/model/Caption.h"
#include "core/types/Result.h"

#include <QByteArray>
#include <QString>

namespace foley::core {

// A caption beside a video: a JSON sidecar in the style of VGGSound Plus annotations ({"video": …, "description": …},
// origin MLLM) or a plain text file (origin user), told apart by the ".json" suffix of the name.
class CaptionSidecar {
public:
    // Errors: IoReadFailed (cannot open), IoParseFailed (not JSON, no "description" text); messages name the file.
    static Result<Caption> read(const QString& path);
    // The same for the file's bytes; `name` gives the suffix and names the file in messages.
    static Result<Caption> parse(const QByteArray& bytes, const QString& name);
};

}  // namespace foley::core
