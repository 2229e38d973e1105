#include "core/model/GenerationSettings.h"

namespace foley::core {

GenerationSettings::GenerationSettings(QObject* parent) : QObject(parent) {}

void GenerationSettings::setParameters(const GenerationParameters& p)
{
    const GenerationParameters n = p.normalized();
    if (n == m_parameters) return;
    m_parameters = n;
    emit settingsChanged();
}

}  // namespace foley::core
