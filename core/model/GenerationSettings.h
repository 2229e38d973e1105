#pragma once

#include "core/model/GenerationParameters.h"

#include <QObject>

namespace foley::core {

// The project's current generation settings (what the generation panel shows).
// setParameters is for commands (ChangeGenerationSettingsCommand) and the loader only.
class GenerationSettings : public QObject {
    Q_OBJECT

public:
    explicit GenerationSettings(QObject* parent = nullptr);

    const GenerationParameters& parameters() const { return m_parameters; }

    // Stores p.normalized(); emits settingsChanged() on a real change.
    void setParameters(const GenerationParameters& p);

signals:
    void settingsChanged();

private:
    GenerationParameters m_parameters;
};

}  // namespace foley::core
