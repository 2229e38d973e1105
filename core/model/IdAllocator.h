#pragma once

#include "core/model/Ids.h"

namespace foley::core {

// Hands out increasing ids; after loading a project it is raised past every id in use.
class IdAllocator {
public:
    quint64 next() { return ++m_last; }
    void reserve(quint64 usedId);
    quint64 last() const { return m_last; }

private:
    quint64 m_last = 0;
};

}  // namespace foley::core
