#include "app/gui/OnsetFileDialogs.h"

#include "app/services/MarkerFiles.h"
#include "core/commands/OnsetCommands.h"
#include "core/io/OnsetFile.h"

#include <QFileDialog>
#include <QMessageBox>

namespace foley::app {

namespace {

QString importFilter()
{
    return QObject::tr("Marker files (*.csv *.txt *.vtt *.srt *.wav);;CSV or REAPER markers (*.csv);;Audacity labels (*.txt);;"
                       "WebVTT (*.vtt);;SubRip (*.srt);;WAV cue points (*.wav)");
}

// The export filters in the order of their formats.
struct ExportChoice {
    QString filter;
    core::OnsetFileFormat format;
};

QList<ExportChoice> exportChoices()
{
    return {{QObject::tr("CSV (*.csv)"), core::OnsetFileFormat::Csv},
            {QObject::tr("Audacity labels (*.txt)"), core::OnsetFileFormat::AudacityLabels},
            {QObject::tr("REAPER markers (*.csv)"), core::OnsetFileFormat::ReaperMarkers},
            {QObject::tr("WebVTT subtitles (*.vtt)"), core::OnsetFileFormat::WebVtt},
            {QObject::tr("SubRip subtitles (*.srt)"), core::OnsetFileFormat::Srt}};
}

}  // namespace

void OnsetFileDialogs::importOnsets(QWidget* parent, core::Project* project)
{
    const QString path = QFileDialog::getOpenFileName(parent, QObject::tr("Import onsets"), QString(), importFilter());
    if (path.isEmpty()) return;
    const auto records = readMarkerFile(path);
    if (!records) {
        QMessageBox::warning(parent, QObject::tr("Cannot import onsets"), QString::fromStdString(records.error().message));
        return;
    }
    project->push(new core::ReplaceOnsetsCommand(&project->onsets(), core::toOnsets(*records, core::OnsetOrigin::Manual)));
}

void OnsetFileDialogs::exportOnsets(QWidget* parent, const core::Project* project)
{
    QStringList filters;
    for (const ExportChoice& choice : exportChoices()) filters << choice.filter;
    QString selected = filters.first();
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export onsets"), QString(), filters.join(";;"), &selected);
    if (path.isEmpty()) return;
    const core::OnsetFileFormat format = exportChoices().value(static_cast<int>(filters.indexOf(selected)), exportChoices().first()).format;
    const auto status = core::writeOnsetFile(path, core::toOnsetRecords(project->onsets().onsets()), format);
    if (!status)
        QMessageBox::warning(parent, QObject::tr("Cannot export onsets"), QString::fromStdString(status.error().message));
}

}  // namespace foley::app
