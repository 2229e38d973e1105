#include "app/gui/SoundOnsetSettingsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace foley::app {

namespace {
constexpr const char* kMaskingKey = "onsets/soundMaskingSeconds";
}  // namespace

SoundOnsetSettingsDialog::SoundOnsetSettingsDialog(QWidget* parent) : QDialog(parent), m_masking(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Detect Onsets from Sound"));
    m_masking->setObjectName(QStringLiteral("maskingSeconds"));
    m_masking->setRange(0.0, dsp::AudioOnsetConfig::kMaxMaskSeconds);
    m_masking->setSingleStep(0.05);
    m_masking->setDecimals(2);
    m_masking->setSuffix(tr(" s"));
    m_masking->setSpecialValueText(tr("Off (every attack)"));
    m_masking->setValue(QSettings().value(QLatin1String(kMaskingKey), dsp::AudioOnsetConfig{}.maskSeconds).toDouble());
    m_masking->setToolTip(tr("A quieter hit within this time after a louder one is heard as part of it, unless it "
                             "reaches 70 % of the louder one's strength. 0 counts every attack."));

    auto* explanation = new QLabel(tr("Onsets are proposed from the video's own soundtrack. Raise the masking span "
                                      "for ringing or grainy sounds; lower it for fast rolls and flams."),
                                   this);
    explanation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(explanation);
    form->addRow(tr("&Masking span:"), m_masking);
    form->addRow(buttons);
    setMinimumWidth(420);
}

dsp::AudioOnsetConfig SoundOnsetSettingsDialog::config() const
{
    dsp::AudioOnsetConfig config;
    config.maskSeconds = m_masking->value();
    return config;
}

std::optional<dsp::AudioOnsetConfig> SoundOnsetSettingsDialog::ask(QWidget* parent)
{
    SoundOnsetSettingsDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    QSettings().setValue(QLatin1String(kMaskingKey), dialog.m_masking->value());
    return dialog.config();
}

}  // namespace foley::app
