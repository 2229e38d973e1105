#include "core/project/JsonFields.h"

#include <cmath>

namespace foley::core {

JsonFields::JsonFields(const QJsonObject& object, const QString& path)
    : JsonFields(object, path, std::make_shared<QString>())
{
}

JsonFields::JsonFields(const QJsonObject& object, const QString& path, std::shared_ptr<QString> error)
    : m_object(object), m_path(path), m_error(std::move(error))
{
}

QString JsonFields::pathOf(const char* key) const
{
    if (!key) return m_path.isEmpty() ? QStringLiteral("(root)") : m_path;
    return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + QLatin1Char('.') + QLatin1String(key);
}

void JsonFields::fail(const char* key, const QString& message) const
{
    if (m_error->isEmpty()) *m_error = pathOf(key) + QStringLiteral(": ") + message;
}

JsonFields JsonFields::child(const char* key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isObject()) fail(key, QStringLiteral("expected an object"));
    return JsonFields(v.toObject(), pathOf(key), m_error);
}

JsonFields JsonFields::element(const QJsonArray& array, int index, const char* arrayKey) const
{
    const QString path = pathOf(arrayKey) + QStringLiteral("[%1]").arg(index);
    const QJsonValue v = array.at(index);
    if (!v.isObject() && m_error->isEmpty()) *m_error = path + QStringLiteral(": expected an object");
    return JsonFields(v.toObject(), path, m_error);
}

QJsonArray JsonFields::array(const char* key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isArray()) fail(key, QStringLiteral("expected an array"));
    return v.toArray();
}

QJsonObject JsonFields::object(const char* key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isObject()) fail(key, QStringLiteral("expected an object"));
    return v.toObject();
}

double JsonFields::number(const char* key, double fallback) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined()) return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key, QStringLiteral("expected a number"));
        return fallback;
    }
    return v.toDouble();
}

qint64 JsonFields::integer(const char* key, qint64 fallback) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined()) return fallback;
    // toInteger() gives its default unless the value is a whole number that fits in 64 bits (all 64
    // bits are kept for integers Qt parsed as such): two different defaults tell the cases apart.
    const qint64 a = v.toInteger(0);
    if (!v.isDouble() || a != v.toInteger(1)) {
        fail(key, QStringLiteral("expected a whole number"));
        return fallback;
    }
    return a;
}

bool JsonFields::boolean(const char* key, bool fallback) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined()) return fallback;
    if (!v.isBool()) {
        fail(key, QStringLiteral("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QString JsonFields::string(const char* key, const QString& fallback) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined()) return fallback;
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return fallback;
    }
    return v.toString();
}

}  // namespace foley::core
