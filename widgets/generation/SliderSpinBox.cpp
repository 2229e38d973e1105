#include "widgets/generation/SliderSpinBox.h"

#include "widgets/onsets/GestureIdSource.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace foley::widgets {

namespace {

constexpr qint64 kGestureGapMs = 1000;

}  // namespace

SliderSpinBox::SliderSpinBox(const Range& range, QWidget* parent)
    : QWidget(parent), m_range(range), m_slider(new QSlider(Qt::Horizontal, this)), m_spin(new QDoubleSpinBox(this))
{
    m_slider->setRange(0, toSlider(range.maximum));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(std::max(1, m_slider->maximum() / 10));
    m_spin->setRange(range.minimum, range.maximum);
    m_spin->setSingleStep(range.step);
    m_spin->setDecimals(range.decimals);
    m_spin->setKeyboardTracking(false);  // typed digits count when the user presses Enter or leaves
    m_spin->setAlignment(Qt::AlignRight);
    m_spin->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000.00")) + 24);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    connect(m_slider, &QSlider::sliderPressed, this, [this] {
        m_dragging = true;
        m_gesture = m_gestures.next();
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        m_lastEdit.invalidate();  // the drag is over: the next edit is a new step
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double v = fromSlider(position);
        const QSignalBlocker block(m_spin);
        m_spin->setValue(v);
        edited(v);
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(toSlider(v));
        edited(v);
    });
}

int SliderSpinBox::toSlider(double value) const
{
    return static_cast<int>(std::lround((value - m_range.minimum) / m_range.step));
}

double SliderSpinBox::fromSlider(int position) const
{
    const double v = m_range.minimum + position * m_range.step;
    const double scale = std::pow(10.0, m_range.decimals);
    return std::round(v * scale) / scale;
}

double SliderSpinBox::value() const
{
    return m_spin->value();
}

void SliderSpinBox::setValue(double value)
{
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockSlider(m_slider);
    m_spin->setValue(value);
    m_slider->setValue(toSlider(m_spin->value()));
}

void SliderSpinBox::edited(double value)
{
    if (!m_dragging && (!m_lastEdit.isValid() || m_lastEdit.elapsed() > kGestureGapMs))
        m_gesture = m_gestures.next();
    m_lastEdit.start();
    emit valueEdited(value, m_gesture);
}

}  // namespace foley::widgets
