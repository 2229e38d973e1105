#include "core/io/OnsetFile.h"

#include "core/io/AtomicFileWriter.h"
#include "core/io/AudacityLabels.h"
#include "core/io/OnsetCsv.h"
#include "core/io/ReaperMarkers.h"
#include "core/io/SubtitleMarkers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace foley::core {

namespace {

constexpr qint64 kMaxOnsetFileBytes = 64LL * 1024 * 1024;

QString displayName(const QString& path) { return QDir::toNativeSeparators(path); }

Status validate(const OnsetRecordList& records)
{
    for (int i = 0; i < records.size(); ++i) {
        const OnsetRecord& r = records[i];
        if (!std::isfinite(r.seconds) || r.seconds < 0.0) {
            return makeError(ErrorCode::InvalidArgument, "onset " + std::to_string(i + 1) + " has an invalid time");
        }
        if (!(r.strength >= 0.0 && r.strength <= 1.0)) {
            return makeError(ErrorCode::InvalidArgument, "onset " + std::to_string(i + 1) + " has a strength outside 0..1");
        }
    }
    return okStatus();
}

Status writeText(const QString& path, const QString& text)
{
    return AtomicFileWriter::write(path, text.toUtf8(), ErrorCode::IoWriteFailed);
}

}  // namespace

OnsetFileFormat detectOnsetFileFormat(const QString& text)
{
    if (SubtitleMarkers::looksLikeWebVtt(text)) return OnsetFileFormat::WebVtt;
    if (ReaperMarkers::looksLike(text)) return OnsetFileFormat::ReaperMarkers;
    if (SubtitleMarkers::looksLikeSrt(text)) return OnsetFileFormat::Srt;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('\\'))) continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        return (tab >= 0 && (comma < 0 || tab < comma)) ? OnsetFileFormat::AudacityLabels : OnsetFileFormat::Csv;
    }
    return OnsetFileFormat::Csv;
}

Result<OnsetRecordList> readOnsetFile(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::IoReadFailed, "cannot open " + displayName(path).toStdString() + ": " + in.errorString().toStdString());
    }
    if (in.size() > kMaxOnsetFileBytes) {
        return makeError(ErrorCode::IoReadFailed, displayName(path).toStdString() + " is too large for an onset file");
    }
    QString text = QString::fromUtf8(in.readAll());
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    const QString name = displayName(path);
    switch (detectOnsetFileFormat(text)) {
    case OnsetFileFormat::AudacityLabels: return AudacityLabels::parse(text, name);
    case OnsetFileFormat::ReaperMarkers: return ReaperMarkers::parse(text, name);
    case OnsetFileFormat::WebVtt: return SubtitleMarkers::parse(text, name, SubtitleFormat::WebVtt);
    case OnsetFileFormat::Srt: return SubtitleMarkers::parse(text, name, SubtitleFormat::Srt);
    case OnsetFileFormat::Csv: break;
    }
    return OnsetCsv::parse(text, name);
}

OnsetFileFormat onsetFileFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("txt")) return OnsetFileFormat::AudacityLabels;
    if (suffix == QLatin1String("vtt")) return OnsetFileFormat::WebVtt;
    if (suffix == QLatin1String("srt")) return OnsetFileFormat::Srt;
    return OnsetFileFormat::Csv;
}

std::optional<OnsetFileFormat> onsetFileFormatFromName(const QString& name)
{
    if (name == QLatin1String("csv")) return OnsetFileFormat::Csv;
    if (name == QLatin1String("audacity")) return OnsetFileFormat::AudacityLabels;
    if (name == QLatin1String("reaper")) return OnsetFileFormat::ReaperMarkers;
    if (name == QLatin1String("vtt")) return OnsetFileFormat::WebVtt;
    if (name == QLatin1String("srt")) return OnsetFileFormat::Srt;
    return std::nullopt;
}

Status writeOnsetCsv(const QString& path, const OnsetRecordList& records)
{
    return writeOnsetFile(path, records, OnsetFileFormat::Csv);
}

Status writeAudacityLabels(const QString& path, const OnsetRecordList& records)
{
    return writeOnsetFile(path, records, OnsetFileFormat::AudacityLabels);
}

Status writeOnsetFile(const QString& path, const OnsetRecordList& records)
{
    return writeOnsetFile(path, records, onsetFileFormatForPath(path));
}

Status writeOnsetFile(const QString& path, const OnsetRecordList& records, OnsetFileFormat format)
{
    if (Status valid = validate(records); !valid) return valid;
    switch (format) {
    case OnsetFileFormat::AudacityLabels: return writeText(path, AudacityLabels::format(records));
    case OnsetFileFormat::ReaperMarkers: return writeText(path, ReaperMarkers::format(records));
    case OnsetFileFormat::WebVtt: return writeText(path, SubtitleMarkers::format(records, SubtitleFormat::WebVtt));
    case OnsetFileFormat::Srt: return writeText(path, SubtitleMarkers::format(records, SubtitleFormat::Srt));
    case OnsetFileFormat::Csv: break;
    }
    return writeText(path, OnsetCsv::format(records));
}

OnsetRecordList toOnsetRecords(const OnsetSampleTimeList& onsets)
{
    OnsetRecordList records;
    records.reserve(onsets.size());
    for (const Onset& o : onsets) records.append(OnsetRecord{samplesToSeconds(o.time), o.strength, o.label});
    return records;
}

OnsetSampleTimeList toOnsets(const OnsetRecordList& records, OnsetOrigin origin)
{
    OnsetSampleTimeList onsets;
    onsets.reserve(records.size());
    for (const OnsetRecord& r : records) {
        onsets.append(Onset{kInvalidId, secondsToSamples(r.seconds), r.strength, r.label, origin}.normalized());
    }
    return onsets;
}

}  // namespace foley::core
