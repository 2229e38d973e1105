#include "app/services/batch/BatchResume.h"

#include "core/io/AtomicFileWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace foley::app {
namespace {

QJsonObject settingsJson(const BatchRow& row, const BatchSettings& settings)
{
    return QJsonObject{{"video", row.video},       {"caption", row.caption},   {"negative", row.negative},
                       {"onsets", row.onsets},     {"seed", row.seed},         {"loudness", row.loudness},
                       {"out", row.out},           {"model", settings.modelFolder}, {"steps", settings.steps},
                       {"library", settings.useLibrary}, {"version", QCoreApplication::applicationVersion()}};
}

bool newerThan(const QFileInfo& output, const QString& input)
{
    return input.isEmpty() || (QFileInfo::exists(input) && QFileInfo(input).lastModified() <= output.lastModified());
}

}  // namespace

BatchRowFiles batchRowFiles(const BatchRow& row)
{
    return {row.out + QStringLiteral(".take.wav"), row.out + QStringLiteral(".onsets.csv"), row.out + QStringLiteral(".batch.json")};
}

QByteArray batchRowSettingsHash(const BatchRow& row, const BatchSettings& settings)
{
    const QByteArray json = QJsonDocument(settingsJson(row, settings)).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
}

bool isBatchRowUpToDate(const BatchRow& row, const QByteArray& settingsHash)
{
    const QFileInfo output(row.out);
    if (!output.exists() || !newerThan(output, row.video) || !newerThan(output, row.onsets)) return false;
    QFile sidecar(batchRowFiles(row).sidecar);
    if (!sidecar.open(QIODevice::ReadOnly)) return false;
    const QJsonObject recorded = QJsonDocument::fromJson(sidecar.readAll()).object();
    return recorded.value(QStringLiteral("settings")).toString().toLatin1() == settingsHash;
}

Status recordBatchRowDone(const BatchRow& row, const QByteArray& settingsHash)
{
    const QJsonObject record{{"settings", QString::fromLatin1(settingsHash)},
                             {"row", row.number},
                             {"video", row.video},
                             {"finished", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return core::AtomicFileWriter::write(batchRowFiles(row).sidecar, QJsonDocument(record).toJson(), ErrorCode::IoWriteFailed);
}

}  // namespace foley::app
