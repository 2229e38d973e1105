#include "app/gui/ExportController.h"

#include "app/services/BackgroundJob.h"
#include "app/services/ExportJob.h"

#include <QCheckBox>
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

// Asks for the output path and the original-sound mix; false when the user cancels.
bool askOptions(QWidget* parent, ExportJobRequest& request)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Export MP4"));
    auto* form = new QFormLayout(&dialog);
    auto* path = new QLineEdit(request.outputPath, &dialog);
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
    ExportJobRequest request{video, take->audioPath, defaultOutputPath(video), 0.0};
    if (!askOptions(parent, request)) return;

    auto* progress = new QProgressDialog(QObject::tr("Exporting %1…").arg(QFileInfo(request.outputPath).fileName()),
                                         QObject::tr("Cancel"), 0, kJobProgressRange, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto* watcher = new QFutureWatcher<Result<media::ExportReport>>(progress);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    QObject::connect(watcher, &QFutureWatcherBase::finished, progress, [parent, progress, watcher, request] {
        progress->close();
        if (watcher->future().resultCount() == 0) return;
        const auto result = watcher->result();
        if (result) {
            QMessageBox::information(parent, QObject::tr("Export MP4"),
                                     QObject::tr("Wrote %1 (video copied, %2 s of AAC audio).")
                                         .arg(request.outputPath)
                                         .arg(result->audioDurationSeconds, 0, 'f', 2));
        } else if (!result.error().isCancelled()) {
            QMessageBox::warning(parent, QObject::tr("Export failed"), QString::fromStdString(result.error().message));
        }
    });
    watcher->setFuture(runJob<media::ExportReport>([request](RunControl& control) { return exportTake(request, control); }));
}

}  // namespace foley::app
