#include "app/services/MarkerFiles.h"

#include "core/io/OnsetFile.h"
#include "core/media/BroadcastWav.h"

#include <QFile>
#include <QFileInfo>

namespace foley::app {

Result<core::OnsetRecordList> readMarkerFile(const QString& path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("wav"), Qt::CaseInsensitive) != 0) return core::readOnsetFile(path);
    const Result<media::BroadcastWavContents> wav = media::readBroadcastWavInfo(QFile::encodeName(path).toStdString());
    if (!wav) return wav.error();
    core::OnsetRecordList records;
    for (const media::WavCuePoint& cue : wav->cues)
        records.append(core::OnsetRecord{static_cast<double>(cue.sampleOffset) / wav->sampleRate, 1.0, QString::fromStdString(cue.label)});
    return records;
}

}  // namespace foley::app
