#include "core/model/TakeList.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace foley::core {

TakeList::TakeList(QObject* parent) : QObject(parent) {}

std::optional<Take> TakeList::take(TakeId id) const
{
    const int index = indexOf(id);
    if (index < 0) return std::nullopt;
    return m_takes[index];
}

int TakeList::indexOf(TakeId id) const
{
    if (id == kInvalidId) return -1;
    for (int i = 0; i < m_takes.size(); ++i) {
        if (m_takes[i].id == id) return i;
    }
    return -1;
}

QString TakeList::suggestedName() const
{
    static const QRegularExpression numbered(QStringLiteral("^Take (\\d+)$"));
    int highest = 0;
    for (const Take& t : m_takes) {
        const auto match = numbered.match(t.name);
        if (match.hasMatch()) highest = std::max(highest, match.captured(1).toInt());
    }
    return QStringLiteral("Take %1").arg(std::max(highest, count()) + 1);
}

bool TakeList::insert(const Take& take, int index)
{
    if (take.id == kInvalidId || indexOf(take.id) >= 0) return false;
    const int at = (index < 0 || index > count()) ? count() : index;
    m_takes.insert(at, take.normalized());
    m_ids.reserve(take.id);
    emit takeAdded(take.id);
    return true;
}

bool TakeList::remove(TakeId id)
{
    const int index = indexOf(id);
    if (index < 0) return false;
    const bool wasActive = m_active == id;
    if (wasActive) m_active = kInvalidId;
    m_takes.removeAt(index);
    emit takeRemoved(id);
    if (wasActive) emit activeTakeChanged(kInvalidId);
    return true;
}

bool TakeList::update(const Take& take)
{
    const int index = indexOf(take.id);
    if (index < 0) return false;
    const Take normalized = take.normalized();
    if (m_takes[index] == normalized) return true;
    m_takes[index] = normalized;
    emit takeChanged(take.id);
    return true;
}

bool TakeList::setActiveTakeId(TakeId id)
{
    if (id != kInvalidId && indexOf(id) < 0) return false;
    if (id == m_active) return true;
    m_active = id;
    emit activeTakeChanged(id);
    return true;
}

bool TakeList::reset(const TakeVector& takes, TakeId active)
{
    QSet<TakeId> seen;
    for (const Take& t : takes) {
        if (t.id == kInvalidId || seen.contains(t.id)) return false;
        seen.insert(t.id);
    }
    if (active != kInvalidId && !seen.contains(active)) return false;
    m_takes.clear();
    for (const Take& t : takes) m_takes.append(t.normalized());
    m_active = active;
    for (const Take& t : takes) m_ids.reserve(t.id);
    emit takesReset();
    return true;
}

}  // namespace foley::core
