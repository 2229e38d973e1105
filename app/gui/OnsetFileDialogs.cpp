#include "app/gui/OnsetFileDialogs.h"

#include "core/commands/OnsetCommands.h"
#include "core/io/OnsetFile.h"

#include <QFileDialog>
#include <QMessageBox>

namespace foley::app {

namespace {
QString fileFilter()
{
    return QObject::tr("Onset files (*.csv *.txt);;CSV (*.csv);;Audacity labels (*.txt)");
}
}  // namespace

void OnsetFileDialogs::importOnsets(QWidget* parent, core::Project* project)
{
    const QString path = QFileDialog::getOpenFileName(parent, QObject::tr("Import onsets"), QString(), fileFilter());
    if (path.isEmpty()) return;
    const auto records = core::readOnsetFile(path);
    if (!records) {
        QMessageBox::warning(parent, QObject::tr("Cannot import onsets"), QString::fromStdString(records.error().message));
        return;
    }
    project->push(new core::ReplaceOnsetsCommand(&project->onsets(), core::toOnsets(*records, core::OnsetOrigin::Manual)));
}

void OnsetFileDialogs::exportOnsets(QWidget* parent, const core::Project* project)
{
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export onsets"), QString(), fileFilter());
    if (path.isEmpty()) return;
    const auto status = core::writeOnsetFile(path, core::toOnsetRecords(project->onsets().onsets()));
    if (!status)
        QMessageBox::warning(parent, QObject::tr("Cannot export onsets"), QString::fromStdString(status.error().message));
}

}  // namespace foley::app
