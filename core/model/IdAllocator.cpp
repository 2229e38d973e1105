#include "core/model/IdAllocator.h"

namespace foley::core {

void IdAllocator::reserve(quint64 usedId)
{
    if (usedId > m_last) m_last = usedId;
}

}  // namespace foley::core
