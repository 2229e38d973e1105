#include "widgets/generation/GenerationPanel.h"

#include "core/model/GenerationSettings.h"
#include "core/timeline/TimelineState.h"
#include "widgets/common/PendingEdit.h"
#include "widgets/generation/SliderSpinBox.h"
#include "widgets/onsets/GestureIdSource.h"
#include "widgets/timeline/TimeAxis.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace foley::widgets {

namespace {

constexpr qint64 kMaxSeed = 2147483647;  // 31 bits: any engine's RNG takes it, and people can type it

}  // namespace

GenerationPanel::GenerationPanel(core::TimelineState* timeline, QWidget* parent)
    : QWidget(parent), m_timeline(timeline), m_model(new QComboBox(this)),
      m_steps(new SliderSpinBox({1, 200, 1, 0}, this)), m_guidance(new SliderSpinBox({0, 15, 0.1, 1}, this)),
      m_semantic(new SliderSpinBox({0, 2, 0.05, 2}, this)), m_temporal(new SliderSpinBox({0, 2, 0.05, 2}, this)),
      m_variation(new SliderSpinBox({0, 1, 0.05, 2}, this)), m_render(new QComboBox(this)), m_rate(new QComboBox(this)),
      m_seed(new QLineEdit(this)), m_lock(new QToolButton(this)), m_newSeed(new QToolButton(this)),
      m_wholeClip(new QRadioButton(tr("Whole clip"), this)), m_region(new QRadioButton(tr("Selected region"), this)),
      m_regionText(new QLabel(this)), m_generate(new QPushButton(tr("Generate"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    m_model->addItem(tr("Default model"), QString());
    m_steps->setToolTip(tr("Sampler steps: more is slower and usually cleaner"));
    m_guidance->setToolTip(tr("Classifier-free guidance: how strongly the caption and video steer the sound (1 = off)"));
    m_semantic->setToolTip(tr("Weight of the caption/video condition"));
    m_temporal->setToolTip(tr("Weight of the onset/mask timing condition (0 ignores your timing)"));
    m_variation->setToolTip(tr("How far to move away from the sound library's recordings placed at your onsets "
                               "(0 = keep them, 1 = generate from noise)"));
    buildRenderChoices();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Render"), m_render);
    form->addRow(tr("Take rate"), m_rate);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Guidance"), m_guidance);
    form->addRow(tr("Seed"), buildSeedRow());
    form->addRow(tr("Semantic strength"), m_semantic);
    form->addRow(tr("Temporal strength"), m_temporal);
    form->addRow(tr("Variation"), m_variation);
    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(m_wholeClip);
    regionRow->addWidget(m_region);
    regionRow->addWidget(m_regionText, 1);
    form->addRow(tr("Generate"), regionRow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addWidget(buildActions());
    layout->addStretch(1);

    connect(m_model, &QComboBox::activated, this, [this] {
        edit([this](auto& p) { p.modelId = m_model->currentData().toString(); }, m_gestures.next());
    });
    connect(m_steps, &SliderSpinBox::valueEdited, this, [this](double v, core::GestureId g) {
        edit([v](auto& p) { p.steps = static_cast<int>(std::lround(v)); }, g);
    });
    connect(m_guidance, &SliderSpinBox::valueEdited, this,
            [this](double v, core::GestureId g) { edit([v](auto& p) { p.guidance = v; }, g); });
    connect(m_semantic, &SliderSpinBox::valueEdited, this,
            [this](double v, core::GestureId g) { edit([v](auto& p) { p.semanticStrength = v; }, g); });
    connect(m_temporal, &SliderSpinBox::valueEdited, this,
            [this](double v, core::GestureId g) { edit([v](auto& p) { p.temporalStrength = v; }, g); });
    connect(m_variation, &SliderSpinBox::valueEdited, this,
            [this](double v, core::GestureId g) { edit([v](auto& p) { p.variation = v; }, g); });
    auto* regionGroup = new QButtonGroup(this);
    regionGroup->addButton(m_wholeClip);
    regionGroup->addButton(m_region);
    m_wholeClip->setChecked(true);
    connect(m_region, &QRadioButton::toggled, this, [this](bool regionMode) {
        const core::SampleTimeRange selection = m_timeline->selection();
        edit([&](auto& p) { p.region = regionMode ? std::optional<core::SampleTimeRange>(selection) : std::nullopt; },
             m_gestures.next());
        updateActions();
    });
    connect(timeline, &core::TimelineState::selectionChanged, this, [this] {
        updateRegionText();
        updateActions();
    });
    connect(m_generate, &QPushButton::clicked, this, [this] { emit generateRequested(currentParameters()); });
    connect(m_cancel, &QPushButton::clicked, this, &GenerationPanel::cancelRequested);
    setEngineAvailable(false, tr("No generation engine is loaded yet."));
    setGenerating(false);
    updateRegionText();
    showSettings();
}

GenerationPanel::~GenerationPanel()
{
    abandonPendingEdit(this);
}

QWidget* GenerationPanel::buildSeedRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,10}")), m_seed));
    m_seed->setToolTip(tr("The random seed: the same seed and settings give the same sound"));
    m_lock->setText(tr("Lock"));
    m_lock->setCheckable(true);
    m_lock->setToolTip(tr("Locked: every generation uses this seed. Unlocked: a new seed each time (kept in the take)"));
    m_newSeed->setText(tr("New seed"));
    m_newSeed->setToolTip(tr("Draw a new random seed"));
    layout->addWidget(m_seed, 1);
    layout->addWidget(m_lock);
    layout->addWidget(m_newSeed);
    connect(m_seed, &QLineEdit::editingFinished, this, &GenerationPanel::commitSeed);
    connect(m_lock, &QToolButton::toggled, this,
            [this](bool locked) { edit([locked](auto& p) { p.seedLocked = locked; }, m_gestures.next()); });
    connect(m_newSeed, &QToolButton::clicked, this, [this] {
        const qint64 seed = QRandomGenerator::global()->bounded(kMaxSeed);
        m_seed->setText(QString::number(seed));
        edit([seed](auto& p) { p.seed = seed; }, m_gestures.next());
    });
    return row;
}

void GenerationPanel::buildRenderChoices()
{
    m_render->addItem(tr("From recordings"), static_cast<int>(core::TakeRender::Recordings));
    m_render->addItem(tr("Neural (16 kHz)"), static_cast<int>(core::TakeRender::Neural));
    m_render->setToolTip(tr("From recordings: real recordings of the sound library at full quality, chosen per event to "
                            "match the model's drawing, placed on your onsets and varied. Neural: the model's own audio "
                            "at 16 kHz, for sounds the library cannot supply."));
    for (const int hz : {44100, 48000, 96000}) m_rate->addItem(tr("%1 kHz").arg(hz / 1000.0, 0, 'g', 4), hz);
    m_rate->setToolTip(tr("Sample rate of takes rendered from recordings (neural takes are 16 kHz)"));
    connect(m_render, &QComboBox::activated, this, [this] {
        const auto render = static_cast<core::TakeRender>(m_render->currentData().toInt());
        edit([render](auto& p) { p.render = render; }, m_gestures.next());
    });
    connect(m_rate, &QComboBox::activated, this, [this] {
        const int hz = m_rate->currentData().toInt();
        edit([hz](auto& p) { p.sampleRate = hz; }, m_gestures.next());
    });
}

QWidget* GenerationPanel::buildActions()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* buttons = new QHBoxLayout;
    m_generate->setDefault(true);
    m_generate->setMinimumHeight(fontMetrics().height() + 14);
    m_generate->setStyleSheet(QStringLiteral(
        "QPushButton { background: #e89a3c; color: #1c1d1f; font-weight: 600; border-radius: 4px; padding: 4px 16px; }"
        "QPushButton:hover { background: #f0a850; }"
        "QPushButton:disabled { background: #4a4238; color: #8a8580; }"));
    buttons->addWidget(m_generate, 1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    return box;
}

void GenerationPanel::setSettings(const core::GenerationSettings* settings)
{
    if (m_settings) disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (settings) {
        connect(settings, &core::GenerationSettings::settingsChanged, this, &GenerationPanel::showSettings);
        connect(settings, &QObject::destroyed, this, [this] { m_settings = nullptr; });
    }
    showSettings();
}

void GenerationPanel::setModelChoices(const QList<QPair<QString, QString>>& choices)
{
    const QSignalBlocker block(m_model);
    m_model->clear();
    for (const auto& [name, id] : choices) m_model->addItem(name, id);
    if (choices.isEmpty()) m_model->addItem(tr("Default model"), QString());
    showSettings();
}

void GenerationPanel::showSettings()
{
    const core::GenerationParameters p = m_settings ? m_settings->parameters() : core::GenerationParameters{};
    m_steps->setValue(p.steps);
    m_guidance->setValue(p.guidance);
    m_semantic->setValue(p.semanticStrength);
    m_temporal->setValue(p.temporalStrength);
    m_variation->setValue(p.variation);
    if (!m_seed->hasFocus()) m_seed->setText(QString::number(p.seed));
    {
        const QSignalBlocker blockLock(m_lock);
        const QSignalBlocker blockRegion(m_region);
        const QSignalBlocker blockWhole(m_wholeClip);
        m_lock->setChecked(p.seedLocked);
        // Region mode with nothing selected yet is not in the settings (an empty region is no region): keep it
        // shown while it waits for a selection.
        const bool waitingForSelection = m_region->isChecked() && m_timeline->selection().isEmpty();
        if (p.region) m_region->setChecked(true);
        else if (!waitingForSelection) m_wholeClip->setChecked(true);
        const int model = m_model->findData(p.modelId);
        if (model >= 0) m_model->setCurrentIndex(model);
        const QSignalBlocker blockRender(m_render);
        const QSignalBlocker blockRate(m_rate);
        m_render->setCurrentIndex(std::max(0, m_render->findData(static_cast<int>(p.render))));
        if (m_rate->findData(p.sampleRate) < 0)  // a rate set elsewhere (CLI, file) is shown as it is
            m_rate->addItem(tr("%1 kHz").arg(p.sampleRate / 1000.0, 0, 'g', 4), p.sampleRate);
        m_rate->setCurrentIndex(m_rate->findData(p.sampleRate));
    }
    const bool enabled = m_settings != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_model, m_render, m_steps, m_guidance, m_semantic, m_temporal, m_seed,
                                                      m_lock, m_newSeed, m_wholeClip, m_region})
        w->setEnabled(enabled);
    m_rate->setEnabled(enabled && p.render == core::TakeRender::Recordings);
    m_variation->setEnabled(enabled && p.render == core::TakeRender::Neural);
    updateActions();
}

void GenerationPanel::edit(const std::function<void(core::GenerationParameters&)>& change, core::GestureId gesture)
{
    if (!m_settings) return;
    core::GenerationParameters p = m_settings->parameters();
    change(p);
    p = p.normalized();
    if (p != m_settings->parameters()) emit settingsEditRequested(p, gesture);
}

void GenerationPanel::commitSeed()
{
    bool ok = false;
    const qint64 seed = m_seed->text().toLongLong(&ok);
    if (!ok) return;
    edit([seed](auto& p) { p.seed = std::min(seed, kMaxSeed); }, m_gestures.next());
}

core::GenerationParameters GenerationPanel::currentParameters() const
{
    core::GenerationParameters p = m_settings ? m_settings->parameters() : core::GenerationParameters{};
    if (m_region->isChecked()) p.region = m_timeline->selection();
    else p.region.reset();
    return p;
}

void GenerationPanel::setEngineAvailable(bool available, const QString& reason)
{
    m_engineAvailable = available;
    m_unavailableReason = reason;
    updateActions();
}

void GenerationPanel::setGenerating(bool generating)
{
    m_generating = generating;
    if (generating) setProgress(-1.0, tr("Starting…"));
    else m_progress->setVisible(false);
    updateActions();
}

void GenerationPanel::setProgress(double fraction, const QString& text)
{
    m_progress->setVisible(true);
    if (fraction < 0) {
        m_progress->setRange(0, 0);  // busy indicator until the first step reports
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    }
    m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text);
}

void GenerationPanel::updateRegionText()
{
    const core::SampleTimeRange selection = m_timeline->selection();
    m_regionText->setText(selection.isEmpty()
                              ? tr("(select a range on the timeline)")
                              : tr("%1 – %2").arg(formatTime(selection.start), formatTime(selection.end)));
}

void GenerationPanel::updateActions()
{
    const bool needsSelection = m_region->isChecked() && m_timeline->selection().isEmpty();
    m_generate->setEnabled(m_engineAvailable && m_settings && !m_generating && !needsSelection);
    m_cancel->setEnabled(m_generating);
    m_cancel->setVisible(m_generating);
    QString status;
    if (!m_engineAvailable) status = m_unavailableReason.isEmpty() ? tr("The model is not available.") : m_unavailableReason;
    else if (needsSelection) status = tr("Select a time range on the timeline to regenerate only that part.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_status->setStyleSheet(m_engineAvailable ? QString() : QStringLiteral("color: #e0a060;"));
    m_generate->setToolTip(status.isEmpty() ? tr("Generate a new take (it is added to the takes list)") : status);
}

void GenerationPanel::setGestureIdSource(const GestureIdSource& source)
{
    m_gestures = source;
    for (SliderSpinBox* slider : {m_steps, m_guidance, m_semantic, m_temporal, m_variation}) slider->setGestureIdSource(source);
}

}  // namespace foley::widgets
