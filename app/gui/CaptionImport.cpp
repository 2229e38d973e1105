#include "app/gui/CaptionImport.h"

#include "core/commands/CaptionCommands.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>

namespace foley::app {

Result<core::Caption> CaptionImport::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()).toStdString());
    const QByteArray bytes = file.readAll();
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return core::Caption{QString::fromUtf8(bytes).trimmed(), core::CaptionOrigin::User};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isNull())
        return makeError(ErrorCode::IoParseFailed,
                         QStringLiteral("%1 is not valid JSON: %2").arg(path, error.errorString()).toStdString());
    const QString description = document.object().value(QStringLiteral("description")).toString().trimmed();
    if (description.isEmpty())
        return makeError(ErrorCode::IoParseFailed,
                         QStringLiteral("%1 has no \"description\" text").arg(path).toStdString());
    return core::Caption{description, core::CaptionOrigin::Mllm};
}

void CaptionImport::run(QWidget* parent, core::Project* project)
{
    if (!project) return;
    const QString path = QFileDialog::getOpenFileName(parent, QObject::tr("Import caption"), QString(),
                                                      QObject::tr("Captions (*.json *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    const auto caption = read(path);
    if (!caption) {
        QMessageBox::warning(parent, QObject::tr("Cannot import caption"), QString::fromStdString(caption.error().message));
        return;
    }
    project->push(new core::SetCaptionCommand(&project->captions(), *caption));
}

}  // namespace foley::app
