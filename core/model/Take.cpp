#include "core/model/Take.h"

namespace foley::core {

Take Take::normalized() const
{
    Take t = *this;
    t.settings = t.settings.normalized();
    for (Onset& o : t.onsets) o = o.normalized();
    if (t.created.isValid()) t.created = t.created.toUTC();
    return t;
}

}  // namespace foley::core
