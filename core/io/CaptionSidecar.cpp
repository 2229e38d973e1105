#include "core/io/CaptionSidecar.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace foley::core {

Result<Caption> CaptionSidecar::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()).toStdString());
    return parse(file.readAll(), path);
}

Result<Caption> CaptionSidecar::parse(const QByteArray& bytes, const QString& name)
{
    if (!name.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return Caption{QString::fromUtf8(bytes).trimmed(), CaptionOrigin::User};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isNull())
        return makeError(ErrorCode::IoParseFailed,
                         QStringLiteral("%1 is not valid JSON: %2").arg(name, error.errorString()).toStdString());
    const QString description = document.object().value(QStringLiteral("description")).toString().trimmed();
    if (description.isEmpty())
        return makeError(ErrorCode::IoParseFailed, QStringLiteral("%1 has no \"description\" text").arg(name).toStdString());
    return Caption{description, CaptionOrigin::Mllm};
}

}  // namespace foley::core
