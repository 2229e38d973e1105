#include "app/services/ProvenanceJson.h"

#include "core/io/CsvFormat.h"

#include <QJsonArray>

namespace foley::app {

namespace {

void putSource(QJsonObject& o, const inference::RecordingSource& s)
{
    o.insert(QStringLiteral("file"), QString::fromStdString(s.file));
    o.insert(QStringLiteral("clipId"), QString::fromStdString(s.clipId));
    o.insert(QStringLiteral("package"), QString::fromStdString(s.package));
    o.insert(QStringLiteral("licence"), QString::fromStdString(s.licence));
    o.insert(QStringLiteral("source"), QString::fromStdString(s.source));
}

}  // namespace

QJsonObject provenanceJson(const inference::TakeProvenance& provenance)
{
    if (provenance.isEmpty() && provenance.notes.empty()) return {};
    QJsonArray events, textures, notes;
    for (const inference::EventProvenance& e : provenance.events) {
        QJsonObject o{{QStringLiteral("onset"), e.onsetSeconds},     {QStringLiteral("semitones"), e.semitones},
                      {QStringLiteral("gainDb"), e.gainDb},          {QStringLiteral("levelDb"), e.levelDb},
                      {QStringLiteral("length"), e.lengthSeconds},   {QStringLiteral("faded"), e.faded},
                      {QStringLiteral("match"), e.matchDistance}};
        putSource(o, e.recording);
        events.append(o);
    }
    for (const inference::TextureProvenance& t : provenance.textures) {
        QJsonObject o{{QStringLiteral("start"), t.startSeconds}, {QStringLiteral("end"), t.endSeconds},
                      {QStringLiteral("offset"), t.offsetSeconds}, {QStringLiteral("bed"), t.bed},
                      {QStringLiteral("match"), t.matchDistance}};
        putSource(o, t.recording);
        textures.append(o);
    }
    for (const std::string& note : provenance.notes) notes.append(QString::fromStdString(note));
    return QJsonObject{{QStringLiteral("events"), events}, {QStringLiteral("textures"), textures}, {QStringLiteral("notes"), notes}};
}

QList<Credit> creditsOf(const QList<QJsonObject>& provenances)
{
    QList<Credit> credits;
    auto add = [&credits](const QJsonObject& o) {
        const QString file = o.value(QStringLiteral("file")).toString();
        if (file.isEmpty()) return;
        for (Credit& c : credits)
            if (c.file == file) {
                ++c.uses;
                return;
            }
        credits.append({file, o.value(QStringLiteral("package")).toString(), o.value(QStringLiteral("licence")).toString(),
                        o.value(QStringLiteral("source")).toString(), 1});
    };
    for (const QJsonObject& p : provenances) {
        for (const QJsonValue& e : p.value(QStringLiteral("events")).toArray()) add(e.toObject());
        for (const QJsonValue& t : p.value(QStringLiteral("textures")).toArray()) add(t.toObject());
    }
    return credits;
}

QByteArray creditsCsv(const QList<Credit>& credits)
{
    QString text = QStringLiteral("file,package,licence,source,uses\n");
    for (const Credit& c : credits)
        text += core::joinCsvLine({c.file, c.package, c.licence, c.source, QString::number(c.uses)}) + QLatin1Char('\n');
    return text.toUtf8();
}

}  // namespace foley::app
