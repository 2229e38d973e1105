#include "app/gui/CaptionImport.h"

#include "core/commands/CaptionCommands.h"
#include "core/io/CaptionSidecar.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>

namespace foley::app {

void CaptionImport::run(QWidget* parent, core::Project* project)
{
    if (!project) return;
    const QString path = QFileDialog::getOpenFileName(parent, QObject::tr("Import caption"), QString(),
                                                      QObject::tr("Captions (*.json *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    const auto caption = core::CaptionSidecar::read(path);
    if (!caption) {
        QMessageBox::warning(parent, QObject::tr("Cannot import caption"), QString::fromStdString(caption.error().message));
        return;
    }
    project->push(new core::SetCaptionCommand(&project->captions(), *caption));
}

}  // namespace foley::app
