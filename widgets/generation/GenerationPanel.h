#pragma once

#include "core/model/GenerationParameters.h"
#include "widgets/onsets/GestureIdSource.h"
#include "core/model/Ids.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace foley::core {
class GenerationSettings;
class TimelineState;
}  // namespace foley::core

namespace foley::widgets {

class SliderSpinBox;

// The generation controls: model, steps, guidance, seed (locked, or new each time), semantic and temporal
// strength, whole clip or the selected region; Generate with progress and Cancel. Setting changes leave as
// settingsEditRequested (one gesture per slider drag); Generate sends the parameters to use. Until an engine is
// available the button is off and the panel says why — it never pretends to generate.
class GenerationPanel : public QWidget {
    Q_OBJECT
public:
    // Where the panel's edits get their gesture ids (the project's, from the app); without one its steps never merge.
    void setGestureIdSource(const GestureIdSource& source);
    GenerationPanel(core::TimelineState* timeline, QWidget* parent = nullptr);
    ~GenerationPanel() override;  // drops an edit in progress (widgets/common/PendingEdit.h)

    void setSettings(const core::GenerationSettings* settings);
    // Model packs the app found: (display name, id). An empty id is the default pack.
    void setModelChoices(const QList<QPair<QString, QString>>& choices);
    void setEngineAvailable(bool available, const QString& reason = {});
    bool isEngineAvailable() const { return m_engineAvailable; }
    void setGenerating(bool generating);
    bool isGenerating() const { return m_generating; }
    void setProgress(double fraction, const QString& text = {});  // fraction < 0: indeterminate

    // What Generate would send now: the settings shown, with the region taken from the timeline selection.
    core::GenerationParameters currentParameters() const;

    SliderSpinBox* stepsControl() const { return m_steps; }
    SliderSpinBox* guidanceControl() const { return m_guidance; }
    SliderSpinBox* semanticControl() const { return m_semantic; }
    SliderSpinBox* temporalControl() const { return m_temporal; }
    SliderSpinBox* variationControl() const { return m_variation; }
    QComboBox* renderControl() const { return m_render; }
    QComboBox* rateControl() const { return m_rate; }
    QLineEdit* seedEdit() const { return m_seed; }
    QToolButton* seedLockButton() const { return m_lock; }
    QToolButton* newSeedButton() const { return m_newSeed; }
    QRadioButton* wholeClipButton() const { return m_wholeClip; }
    QRadioButton* regionButton() const { return m_region; }
    QPushButton* generateButton() const { return m_generate; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void settingsEditRequested(const foley::core::GenerationParameters& parameters, foley::core::GestureId gesture);
    void generateRequested(const foley::core::GenerationParameters& parameters);
    void cancelRequested();

private:
    GestureIdSource m_gestures;
    QWidget* buildSeedRow();
    QWidget* buildActions();
    void buildRenderChoices();
    void showSettings();
    void edit(const std::function<void(core::GenerationParameters&)>& change, core::GestureId gesture);
    void commitSeed();
    void updateRegionText();
    void updateActions();

    core::TimelineState* m_timeline;
    const core::GenerationSettings* m_settings = nullptr;
    QComboBox* m_model;
    SliderSpinBox* m_steps;
    SliderSpinBox* m_guidance;
    SliderSpinBox* m_semantic;
    SliderSpinBox* m_temporal;
    SliderSpinBox* m_variation;
    QComboBox* m_render;
    QComboBox* m_rate;
    QLineEdit* m_seed;
    QToolButton* m_lock;
    QToolButton* m_newSeed;
    QRadioButton* m_wholeClip;
    QRadioButton* m_region;
    QLabel* m_regionText;
    QPushButton* m_generate;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    bool m_engineAvailable = false;
    QString m_unavailableReason;
    bool m_generating = false;
};

}  // namespace foley::widgets
