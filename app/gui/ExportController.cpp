#include "app/gui/ExportController.h"

#include "app/services/BackgroundJob.h"
#include "app/services/ExportJob.h"

#include "core/io/OnsetFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace foley::app {

namespace {

QString defaultOutputPath(const QString& video)
{
    const QFileInfo info(video);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(" (foley).mp4");
}

// The loudness presets in the dialog: a label and the target (nullopt: off).
struct LoudnessChoice {
    QString label;
    std::optional<double> lufs;
};

QList<LoudnessChoice> loudnessChoices()
{
    return {{QObject::tr("Off"), std::nullopt},
            {QObject::tr("Broadcast (EBU R128, -23 LUFS)"), loudnessPresetLufs(QStringLiteral("broadcast"))},
            {QObject::tr("Web (-16 LUFS)"), loudnessPresetLufs(QStringLiteral("web"))},
            {QObject::tr("Streaming (-14 LUFS)"), loudnessPresetLufs(QStringLiteral("streaming"))}};
}

// Loudness preset and true-peak ceiling rows; `apply` writes the choice into a request.
struct LoudnessRows {
    QComboBox* preset;
    QDoubleSpinBox* ceiling;

    LoudnessRows(QDialog* dialog, QFormLayout* form)
        : preset(new QComboBox(dialog))
        , ceiling(new QDoubleSpinBox(dialog))
    {
        preset->setObjectName(QStringLiteral("loudnessPreset"));
        for (const LoudnessChoice& choice : loudnessChoices()) preset->addItem(choice.label);
        ceiling->setObjectName(QStringLiteral("truePeakCeiling"));
        ceiling->setRange(-20.0, 0.0);
        ceiling->setSingleStep(0.5);
        ceiling->setDecimals(1);
        ceiling->setValue(-1.0);
        ceiling->setSuffix(QObject::tr(" dBTP"));
        ceiling->setEnabled(false);
        form->addRow(QObject::tr("Loudness:"), preset);
        form->addRow(QObject::tr("True-peak ceiling:"), ceiling);
        QObject::connect(preset, qOverload<int>(&QComboBox::currentIndexChanged), ceiling, [this](int index) { ceiling->setEnabled(index > 0); });
    }

    void apply(ExportJobRequest& request) const
    {
        const std::optional<double> lufs = loudnessChoices().value(preset->currentIndex()).lufs;
        request.loudness = lufs ? std::optional<dsp::LoudnessTarget>(dsp::LoudnessTarget{*lufs, ceiling->value()}) : std::nullopt;
    }
};

// "Write stems to" with a folder field and its Browse button.
struct StemRows {
    QCheckBox* enabled;
    QLineEdit* folder;

    StemRows(QDialog* dialog, QFormLayout* form, const QString& defaultFolder)
        : enabled(new QCheckBox(QObject::tr("Also write stems (take, original, mix) as Broadcast WAV"), dialog))
        , folder(new QLineEdit(defaultFolder, dialog))
    {
        enabled->setObjectName(QStringLiteral("writeStems"));
        folder->setObjectName(QStringLiteral("stemsFolder"));
        folder->setEnabled(false);
        auto* browse = new QPushButton(QObject::tr("Browse…"), dialog);
        browse->setEnabled(false);
        auto* row = new QHBoxLayout();
        row->addWidget(folder, 1);
        row->addWidget(browse);
        form->addRow(enabled);
        form->addRow(QObject::tr("Stems folder:"), row);
        QObject::connect(enabled, &QCheckBox::toggled, folder, &QWidget::setEnabled);
        QObject::connect(enabled, &QCheckBox::toggled, browse, &QWidget::setEnabled);
        QObject::connect(browse, &QPushButton::clicked, dialog, [dialog, this] {
            const QString chosen = QFileDialog::getExistingDirectory(dialog, QObject::tr("Stems folder"), folder->text());
            if (!chosen.isEmpty()) folder->setText(chosen);
        });
    }

    void apply(ExportJobRequest& request) const { request.stemsFolder = enabled->isChecked() ? folder->text() : QString(); }
};

// Asks for the output path, the original-sound mix, loudness and stems; false when the user cancels.
bool askOptions(QWidget* parent, ExportJobRequest& request)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setWindowTitle(QObject::tr("Export MP4"));
    auto* form = new QFormLayout(&dialog);
    auto* path = new QLineEdit(request.outputPath, &dialog);
    path->setObjectName(QStringLiteral("outputPath"));
    auto* browse = new QPushButton(QObject::tr("Browse…"), &dialog);
    auto* pathRow = new QHBoxLayout();
    pathRow->addWidget(path, 1);
    pathRow->addWidget(browse);
    form->addRow(QObject::tr("Write to:"), pathRow);
    auto* mix = new QCheckBox(QObject::tr("Mix in the video's original sound"), &dialog);
    auto* gain = new QDoubleSpinBox(&dialog);
    gain->setRange(0.0, 2.0);
    gain->setSingleStep(0.05);
    gain->setValue(0.3);
    gain->setEnabled(false);
    form->addRow(mix);
    form->addRow(QObject::tr("Original gain:"), gain);
    const LoudnessRows loudness(&dialog, form);
    const StemRows stems(&dialog, form, QFileInfo(request.outputPath).absolutePath() + QStringLiteral("/stems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(QObject::tr("Export"));
    form->addRow(buttons);
    QObject::connect(mix, &QCheckBox::toggled, gain, &QWidget::setEnabled);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString chosen = QFileDialog::getSaveFileName(&dialog, QObject::tr("Export to"), path->text(),
                                                            QObject::tr("Video (*.mp4 *.mov *.mkv *.m4v)"));
        if (!chosen.isEmpty()) path->setText(chosen);
    });
    if (dialog.exec() != QDialog::Accepted) return false;
    request.outputPath = path->text();
    request.originalGain = mix->isChecked() ? gain->value() : 0.0;
    loudness.apply(request);
    stems.apply(request);
    return true;
}

}  // namespace

void ExportController::run(QWidget* parent, const core::Project* project)
{
    const QString video = project->mediaReference().path();
    const auto take = project->takes().activeTake();
    if (video.isEmpty() || !QFileInfo::exists(video)) {
        QMessageBox::information(parent, QObject::tr("Export MP4"), QObject::tr("Open a video first."));
        return;
    }
    if (!take) {
        QMessageBox::information(parent, QObject::tr("Export MP4"),
                                 QObject::tr("There is no take to export yet: generate one, then choose it in Takes."));
        return;
    }
    ExportJobRequest request;
    request.videoPath = video;
    request.takeAudioPath = take->audioPath;
    request.outputPath = defaultOutputPath(video);
    request.caption = project->captions().caption().text;
    request.markers = core::toOnsetRecords(project->onsets().onsets());
    if (!askOptions(parent, request)) return;

    auto* progress = new QProgressDialog(QObject::tr("Exporting %1…").arg(QFileInfo(request.outputPath).fileName()),
                                         QObject::tr("Cancel"), 0, kJobProgressRange, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto* watcher = new QFutureWatcher<Result<ExportSummary>>(progress);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    QObject::connect(watcher, &QFutureWatcherBase::finished, progress, [parent, progress, watcher, request] {
        progress->close();
        if (watcher->future().resultCount() == 0) return;
        const auto result = watcher->result();
        if (result) {
            QMessageBox::information(parent, QObject::tr("Export MP4"), describeExport(request.outputPath, *result).join(QLatin1Char('\n')));
        } else if (!result.error().isCancelled()) {
            QMessageBox::warning(parent, QObject::tr("Export failed"), QString::fromStdString(result.error().message));
        }
    });
    watcher->setFuture(runJob<ExportSummary>([request](RunControl& control) { return exportTake(request, control); }));
}

}  // namespace foley::app
