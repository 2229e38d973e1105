#include "core/project/ProjectSerializer.h"

#include "core/project/JsonValueCodec.h"
#include "core/project/ProjectFormat.h"
#include "core/project/ProjectPaths.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace foley::core {

namespace {

constexpr qint64 kMaxMaskFrames = 50'000'000;  // ~23 days at 25 fps: refuses absurd allocations

QString key(const char* name) { return QString::fromLatin1(name); }

// --- writing ---------------------------------------------------------------------------------

QJsonObject mediaJson(const MediaDescription& m, const QString& projectFile)
{
    const QDateTime modified = m.modifiedMs == MediaDescription::kUnknown
        ? QDateTime() : QDateTime::fromMSecsSinceEpoch(m.modifiedMs, Qt::UTC);
    return QJsonObject{{key("path"), ProjectPaths::toStored(m.path, projectFile)},
                       {key("size"), m.sizeBytes},
                       {key("modified"), JsonValueCodec::dateTime(modified)},
                       {key("duration"), JsonValueCodec::seconds(m.duration)},
                       {key("fps"), JsonValueCodec::rational(m.fps)},
                       {key("width"), m.width},
                       {key("height"), m.height}};
}

QJsonObject captionJson(const ProjectState& s)
{
    QJsonArray segments;
    for (const CaptionSegment& seg : s.segments) {
        segments.append(QJsonObject{{key("id"), static_cast<qint64>(seg.id)},
                                    {key("start"), JsonValueCodec::seconds(seg.start)},
                                    {key("end"), JsonValueCodec::seconds(seg.end)},
                                    {key("text"), seg.text},
                                    {key("origin"), captionOriginName(seg.origin)}});
    }
    QJsonObject caption = JsonValueCodec::caption(s.caption);
    caption.insert(key("negative"), s.negativePrompt);
    caption.insert(key("quality"), s.qualityTag);
    caption.insert(key("segments"), segments);
    return caption;
}

QJsonObject maskJson(Rational rate, const std::vector<float>& values)
{
    QJsonArray spans;
    const size_t n = values.size();
    for (size_t i = 0; i < n;) {
        if (values[i] == 0.0f) {
            ++i;
            continue;
        }
        QJsonArray run;
        const size_t first = i;
        for (; i < n && values[i] != 0.0f; ++i) run.append(JsonValueCodec::floatValue(values[i]));
        spans.append(QJsonObject{{key("first"), static_cast<qint64>(first)}, {key("values"), run}});
    }
    return QJsonObject{{key("rate"), JsonValueCodec::rational(rate)},
                       {key("frames"), static_cast<qint64>(n)},
                       {key("spans"), spans}};
}

QJsonObject takeJson(const Take& t, const QString& projectFile)
{
    return QJsonObject{{key("id"), static_cast<qint64>(t.id)},
                       {key("name"), t.name},
                       {key("audio"), ProjectPaths::toStored(t.audioPath, projectFile)},
                       {key("settings"), JsonValueCodec::parameters(t.settings)},
                       {key("caption"), JsonValueCodec::caption(t.caption)},
                       {key("negative"), t.negativePrompt},
                       {key("quality"), t.qualityTag},
                       {key("onsets"), JsonValueCodec::onsets(t.onsets)},
                       {key("created"), JsonValueCodec::dateTime(t.created)},
                       {key("model"), QJsonObject{{key("id"), t.modelId}, {key("version"), t.modelVersion}}},
                       {key("metrics"), t.metrics},
                       {key("provenance"), t.provenance}};
}

// --- reading ---------------------------------------------------------------------------------

MediaDescription readMedia(const JsonFields& f, const QString& projectFile)
{
    MediaDescription m;
    m.path = ProjectPaths::fromStored(f.string("path"), projectFile);
    m.sizeBytes = f.integer("size", MediaDescription::kUnknown);
    const QDateTime modified = JsonValueCodec::dateTime(f, "modified");
    m.modifiedMs = modified.isValid() ? modified.toMSecsSinceEpoch() : MediaDescription::kUnknown;
    m.duration = JsonValueCodec::samples(f, "duration", 0);
    if (f.has("fps")) m.fps = JsonValueCodec::rational(f.child("fps"));
    m.width = static_cast<int>(f.integer("width", 0));
    m.height = static_cast<int>(f.integer("height", 0));
    return m;
}

void readCaption(const JsonFields& f, ProjectState& s)
{
    s.caption = JsonValueCodec::caption(f);
    s.negativePrompt = f.string("negative");
    s.qualityTag = f.string("quality", s.qualityTag);
    const QJsonArray segments = f.array("segments");
    for (int i = 0; i < segments.size() && f.ok(); ++i) {
        const JsonFields seg = f.element(segments, i, "segments");
        CaptionSegment c;
        c.id = static_cast<SegmentId>(seg.integer("id", 0));
        if (c.id == kInvalidId) seg.fail("id", QStringLiteral("expected a positive id"));
        c.start = JsonValueCodec::samples(seg, "start", 0);
        c.end = JsonValueCodec::samples(seg, "end", 0);
        c.text = seg.string("text");
        c.origin = JsonValueCodec::captionOrigin(seg, "origin");
        s.segments.append(c);
    }
}

void readMask(const JsonFields& f, ProjectState& s)
{
    if (f.has("rate")) s.maskRate = JsonValueCodec::rational(f.child("rate"));
    const qint64 frames = f.integer("frames", 0);
    if (frames < 0 || frames > kMaxMaskFrames) {
        f.fail("frames", QStringLiteral("expected 0..%1 frames").arg(kMaxMaskFrames));
        return;
    }
    s.maskValues.assign(static_cast<size_t>(frames), 0.0f);
    const QJsonArray spans = f.array("spans");
    for (int i = 0; i < spans.size() && f.ok(); ++i) {
        const JsonFields span = f.element(spans, i, "spans");
        const qint64 first = span.integer("first", -1);
        const QJsonArray values = span.array("values");
        if (first < 0 || first + values.size() > frames) {
            span.fail(nullptr, QStringLiteral("span lies outside the %1 mask frames").arg(frames));
            return;
        }
        for (int k = 0; k < values.size(); ++k) {
            const double v = values.at(k).toDouble(-1.0);
            if (!values.at(k).isDouble() || v < 0.0 || v > 1.0) {
                span.fail("values", QStringLiteral("value %1 is not a number in 0..1").arg(k));
                return;
            }
            s.maskValues[static_cast<size_t>(first + k)] = static_cast<float>(v);
        }
    }
}

Take readTake(const JsonFields& f, const QString& projectFile)
{
    Take t;
    t.id = static_cast<TakeId>(f.integer("id", 0));
    if (t.id == kInvalidId) f.fail("id", QStringLiteral("expected a positive id"));
    t.name = f.string("name");
    t.audioPath = ProjectPaths::fromStored(f.string("audio"), projectFile);
    t.settings = JsonValueCodec::parameters(f.child("settings"));
    if (!f.child("settings").has("render")) {  // a take made before renders from recordings: neural, 16 kHz
        t.settings.render = TakeRender::Neural;
        t.settings.sampleRate = kModelRate;
    }
    t.caption = JsonValueCodec::caption(f.child("caption"));
    t.negativePrompt = f.string("negative");
    t.qualityTag = f.string("quality");
    t.onsets = JsonValueCodec::onsets(f, "onsets");
    t.created = JsonValueCodec::dateTime(f, "created");
    const JsonFields model = f.child("model");
    t.modelId = model.string("id");
    t.modelVersion = model.string("version");
    t.metrics = f.object("metrics");
    t.provenance = f.object("provenance");  // absent before takes were rendered from recordings
    return t;
}

}  // namespace

QJsonObject ProjectSerializer::toJson(const ProjectState& s, const QString& projectFilePath)
{
    QJsonArray takes;
    for (const Take& t : s.takes) takes.append(takeJson(t, projectFilePath));
    return QJsonObject{
        {key("format"), kProjectFormatName},
        {key("version"), kProjectFormatVersion},
        {key("media"), mediaJson(s.media, projectFilePath)},
        {key("caption"), captionJson(s)},
        {key("onsets"), JsonValueCodec::onsets(s.onsets)},
        {key("mask"), maskJson(s.maskRate, s.maskValues)},
        {key("settings"), JsonValueCodec::parameters(s.settings)},
        {key("takes"), QJsonObject{{key("active"), static_cast<qint64>(s.activeTake)}, {key("items"), takes}}},
    };
}

QByteArray ProjectSerializer::toBytes(const ProjectState& state, const QString& projectFilePath)
{
    return QJsonDocument(toJson(state, projectFilePath)).toJson(QJsonDocument::Indented);
}

Result<ProjectState> ProjectSerializer::fromJson(const QJsonObject& root, const QString& projectFilePath)
{
    const JsonFields f(root);
    ProjectState s;
    s.media = readMedia(f.child("media"), projectFilePath);
    readCaption(f.child("caption"), s);
    s.onsets = JsonValueCodec::onsets(f, "onsets");
    readMask(f.child("mask"), s);
    s.settings = JsonValueCodec::parameters(f.child("settings"));
    const JsonFields takes = f.child("takes");
    const QJsonArray items = takes.array("items");
    for (int i = 0; i < items.size() && f.ok(); ++i) s.takes.append(readTake(takes.element(items, i, "items"), projectFilePath));
    s.activeTake = static_cast<TakeId>(takes.integer("active", 0));
    if (!f.ok()) return makeError(ErrorCode::ProjectParseFailed, f.error().toStdString());
    return s;
}

}  // namespace foley::core
