#pragma once

#include "core/types/Result.h"

#include <QByteArray>

namespace foley::app::train {

enum class ZlibFormat { Raw, Gzip };

// Inflates a whole raw-deflate (zip members) or gzip (c4group) stream. `expectedSize` is a capacity hint (0 = unknown).
// Errors: IoParseFailed with zlib's message.
Result<QByteArray> inflateBytes(const QByteArray& compressed, ZlibFormat format, qint64 expectedSize = 0);

}  // namespace foley::app::train
