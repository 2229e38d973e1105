#include "core/media/FfmpegSetup.h"

#include "core/media/MediaLog.h"

extern "C" {
#include <libavutil/mem.h>
}

#include <mutex>

namespace foley::media {

void ensureFfmpegSetUp()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ensureMediaLogging();
        av_max_alloc(kMaxFfmpegBlockBytes);
    });
}

}  // namespace foley::media
