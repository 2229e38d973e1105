#include "core/model/OnsetProposals.h"

#include <algorithm>

namespace foley::core {

void OnsetProposals::set(OnsetSampleTimeList proposals)
{
    std::stable_sort(proposals.begin(), proposals.end(), [](const Onset& a, const Onset& b) { return a.time < b.time; });
    if (proposals == m_list) return;
    m_list = std::move(proposals);
    emit changed();
}

void OnsetProposals::remove(const OnsetSampleTimeList& proposals)
{
    OnsetSampleTimeList remaining;
    for (const Onset& p : std::as_const(m_list))
        if (!proposals.contains(p)) remaining.append(p);
    set(std::move(remaining));
}

}  // namespace foley::core
