#include "core/project/JsonValueCodec.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace foley::core {

QJsonValue JsonValueCodec::seconds(SampleTime t)
{
    return samplesToSeconds(t);
}

SampleTime JsonValueCodec::samples(const JsonFields& fields, const char* key, SampleTime fallback)
{
    const double s = fields.number(key, samplesToSeconds(fallback));
    if (std::abs(s) > 1e9) {  // ~31 years: beyond any media, and far from int64 overflow
        fields.fail(key, QStringLiteral("time out of range"));
        return fallback;
    }
    return secondsToSamples(s);
}

QJsonValue JsonValueCodec::floatValue(float v)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer) - 1, v);
    *result.ptr = '\0';
    const double shortest = std::strtod(buffer, nullptr);
    return static_cast<float>(shortest) == v ? shortest : static_cast<double>(v);
}

QJsonObject JsonValueCodec::rational(Rational r)
{
    return QJsonObject{{QStringLiteral("num"), static_cast<qint64>(r.num)}, {QStringLiteral("den"), static_cast<qint64>(r.den)}};
}

Rational JsonValueCodec::rational(const JsonFields& fields)
{
    Rational r{fields.integer("num", 0), fields.integer("den", 1)};
    if (r.den <= 0 || r.num < 0) {
        fields.fail(nullptr, QStringLiteral("expected a rate with num >= 0 and den > 0"));
        return Rational{0, 1};
    }
    return r;
}

QJsonValue JsonValueCodec::dateTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime JsonValueCodec::dateTime(const JsonFields& fields, const char* key)
{
    const QString text = fields.string(key);
    if (text.isEmpty()) return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) fields.fail(key, QStringLiteral("expected an ISO 8601 date, got \"%1\"").arg(text));
    return t.toUTC();
}

QJsonObject JsonValueCodec::onset(const Onset& o)
{
    QJsonObject json{{QStringLiteral("id"), static_cast<qint64>(o.id)},
                     {QStringLiteral("time"), seconds(o.time)},
                     {QStringLiteral("strength"), o.strength},
                     {QStringLiteral("label"), o.label},
                     {QStringLiteral("origin"), onsetOriginName(o.origin)}};
    if (!o.recording.isEmpty()) json.insert(QStringLiteral("recording"), o.recording);  // written only when chosen
    return json;
}

Onset JsonValueCodec::onset(const JsonFields& fields)
{
    Onset o;
    const qint64 id = fields.integer("id", 0);
    if (id <= 0) fields.fail("id", QStringLiteral("expected a positive id"));
    o.id = static_cast<OnsetId>(id);
    if (!fields.has("time")) fields.fail("time", QStringLiteral("missing"));
    o.time = samples(fields, "time", 0);
    o.strength = fields.number("strength", 1.0);
    if (o.strength < 0.0 || o.strength > 1.0) fields.fail("strength", QStringLiteral("expected a value in 0..1"));
    o.label = fields.string("label");
    const QString origin = fields.string("origin", QStringLiteral("manual"));
    const auto parsed = onsetOriginFromName(origin);
    if (!parsed) fields.fail("origin", QStringLiteral("unknown origin \"%1\"").arg(origin));
    o.origin = parsed.value_or(OnsetOrigin::Manual);
    o.recording = fields.string("recording");
    return o;
}

QJsonArray JsonValueCodec::onsets(const OnsetSampleTimeList& onsets)
{
    QJsonArray array;
    for (const Onset& o : onsets) array.append(onset(o));
    return array;
}

OnsetSampleTimeList JsonValueCodec::onsets(const JsonFields& parent, const char* key)
{
    const QJsonArray array = parent.array(key);
    OnsetSampleTimeList result;
    for (int i = 0; i < array.size() && parent.ok(); ++i) result.append(onset(parent.element(array, i, key)));
    return result;
}

CaptionOrigin JsonValueCodec::captionOrigin(const JsonFields& fields, const char* key)
{
    const QString name = fields.string(key, QStringLiteral("user"));
    const auto origin = captionOriginFromName(name);
    if (!origin) fields.fail(key, QStringLiteral("unknown origin \"%1\"").arg(name));
    return origin.value_or(CaptionOrigin::User);
}

QJsonObject JsonValueCodec::caption(const Caption& c)
{
    QJsonObject object{{QStringLiteral("text"), c.text}, {QStringLiteral("origin"), captionOriginName(c.origin)}};
    // Written only when there is one, so projects without model captions read exactly as before.
    if (!c.source.isEmpty()) object.insert(QStringLiteral("source"), captionSource(c.source));
    return object;
}

Caption JsonValueCodec::caption(const JsonFields& fields)
{
    Caption c{fields.string("text"), captionOrigin(fields, "origin")};
    if (fields.has("source")) c.source = captionSource(fields.child("source"));
    return c;
}

QJsonObject JsonValueCodec::captionSource(const CaptionSource& s)
{
    return QJsonObject{{QStringLiteral("model"), s.model},
                       {QStringLiteral("server"), s.server},
                       {QStringLiteral("time"), s.time.toUTC().toString(Qt::ISODateWithMs)}};
}

CaptionSource JsonValueCodec::captionSource(const JsonFields& fields)
{
    CaptionSource s{fields.string("model"), fields.string("server"), {}};
    const QString time = fields.string("time");
    if (!time.isEmpty()) {
        s.time = QDateTime::fromString(time, Qt::ISODateWithMs);
        if (!s.time.isValid()) fields.fail("time", QStringLiteral("not an ISO 8601 time"));
    }
    return s;
}

QJsonObject JsonValueCodec::parameters(const GenerationParameters& p)
{
    QJsonValue region;  // null = the whole clip
    if (p.region) region = QJsonObject{{QStringLiteral("start"), seconds(p.region->start)}, {QStringLiteral("end"), seconds(p.region->end)}};
    return QJsonObject{{QStringLiteral("modelId"), p.modelId},
                       {QStringLiteral("steps"), p.steps},
                       {QStringLiteral("guidance"), p.guidance},
                       {QStringLiteral("seed"), p.seed},
                       {QStringLiteral("seedLocked"), p.seedLocked},
                       {QStringLiteral("semanticStrength"), p.semanticStrength},
                       {QStringLiteral("temporalStrength"), p.temporalStrength},
                       {QStringLiteral("variation"), p.variation},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("duration"), seconds(p.duration)},
                       {QStringLiteral("render"), toString(p.render)},
                       {QStringLiteral("sampleRate"), p.sampleRate}};
}

GenerationParameters JsonValueCodec::parameters(const JsonFields& fields)
{
    const GenerationParameters d;
    GenerationParameters p;
    p.modelId = fields.string("modelId");
    p.steps = static_cast<int>(std::clamp<qint64>(fields.integer("steps", d.steps), 1, 1000));
    p.guidance = fields.number("guidance", d.guidance);
    p.seed = fields.integer("seed", d.seed);
    p.seedLocked = fields.boolean("seedLocked", d.seedLocked);
    p.semanticStrength = fields.number("semanticStrength", d.semanticStrength);
    p.temporalStrength = fields.number("temporalStrength", d.temporalStrength);
    p.variation = fields.number("variation", d.variation);  // absent in files before it existed: the default
    if (fields.has("region") && !fields.isNull("region")) {
        const JsonFields region = fields.child("region");
        p.region = SampleTimeRange{samples(region, "start", 0), samples(region, "end", 0)};
    }
    p.duration = samples(fields, "duration", 0);
    // Absent in files before takes were rendered from recordings: those files get today's defaults.
    p.render = takeRenderFromString(fields.string("render")).value_or(d.render);
    p.sampleRate = static_cast<int>(fields.integer("sampleRate", d.sampleRate));
    return p.normalized();
}

}  // namespace foley::core
