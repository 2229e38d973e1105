#pragma once

#include "core/model/Ids.h"
#include "widgets/onsets/GestureIdSource.h"

#include <QElapsedTimer>
#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace foley::widgets {

// A slider and a spin box showing one number. Edits are reported with a gesture id: one slider drag is one
// gesture, and keyboard/wheel steps in quick succession (< 1 s apart) share one, so each becomes one undo step.
class SliderSpinBox : public QWidget {
    Q_OBJECT
public:
    // Where this widget's gestures get their ids (the project's, from the app); without one its steps never merge.
    void setGestureIdSource(GestureIdSource source) { m_gestures = std::move(source); }
    struct Range {
        double minimum = 0.0;
        double maximum = 1.0;
        double step = 0.01;
        int decimals = 2;
    };

    SliderSpinBox(const Range& range, QWidget* parent = nullptr);

    double value() const;
    void setValue(double value);  // from the model: no signal
    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* spinBox() const { return m_spin; }

signals:
    void valueEdited(double value, foley::core::GestureId gesture);

private:
    GestureIdSource m_gestures;
    int toSlider(double value) const;
    double fromSlider(int position) const;
    void edited(double value);

    Range m_range;
    QSlider* m_slider;
    QDoubleSpinBox* m_spin;
    core::GestureId m_gesture = core::kInvalidId;
    QElapsedTimer m_lastEdit;
    bool m_dragging = false;
};

}  // namespace foley::widgets
