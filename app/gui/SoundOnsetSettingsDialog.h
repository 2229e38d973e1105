#pragma once

#include "core/dsp/AudioOnsetDetector.h"

#include <QDialog>

#include <optional>

class QDoubleSpinBox;

namespace foley::app {

// Analyze → Detect Onsets from Sound…: how the audio detector treats a quieter hit soon after a louder one. By
// default (0.6 s) it belongs to the louder sound (a bounce's ring, a take's grain); 0 counts every attack (fast rolls,
// flams). The last choice is remembered.
class SoundOnsetSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SoundOnsetSettingsDialog(QWidget* parent = nullptr);

    dsp::AudioOnsetConfig config() const;
    // Shows the dialog; the detector settings when the user accepts (and remembers them), nothing when cancelled.
    static std::optional<dsp::AudioOnsetConfig> ask(QWidget* parent);

private:
    QDoubleSpinBox* m_masking;
};

}  // namespace foley::app
