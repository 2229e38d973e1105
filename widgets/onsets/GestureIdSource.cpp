#include "widgets/onsets/GestureIdSource.h"

#include <atomic>
#include <utility>

namespace foley::widgets {

namespace {

std::function<core::GestureId()>& provider()
{
    static std::function<core::GestureId()> instance;  // UI thread only, like every widget
    return instance;
}

}  // namespace

core::GestureId GestureIdSource::next()
{
    if (provider()) return provider()();
    static std::atomic<core::GestureId> last{core::kInvalidId};
    return ++last;  // starts at 1: kInvalidId (0) means "never merge"
}

void GestureIdSource::setProvider(std::function<core::GestureId()> source)
{
    provider() = std::move(source);
}

}  // namespace foley::widgets
