#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace foley::core {

// Typed, located reads from one JSON object. A missing key gives the fallback; a key of the wrong
// type records the first error ("onsets[3].time: expected a number") and gives the fallback, so a
// decoder reads everything and checks ok() once. Children share the error sink of their parent.
class JsonFields {
public:
    // `path` names the object in messages ("" for the root).
    explicit JsonFields(const QJsonObject& object, const QString& path = {});

    JsonFields child(const char* key) const;                 // object member (missing: empty object)
    JsonFields element(const QJsonArray& array, int index, const char* arrayKey) const;  // array[index] as object
    QJsonArray array(const char* key) const;                 // missing: empty array
    QJsonObject object(const char* key) const;               // raw member object (missing: empty)

    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }
    bool isNull(const char* key) const { return m_object.value(QLatin1String(key)).isNull(); }
    double number(const char* key, double fallback) const;
    qint64 integer(const char* key, qint64 fallback) const;  // must be a whole number
    bool boolean(const char* key, bool fallback) const;
    QString string(const char* key, const QString& fallback = {}) const;

    // Records `message` about `key` (or about this object when key is null) if no error is recorded yet.
    void fail(const char* key, const QString& message) const;
    bool ok() const { return m_error->isEmpty(); }
    const QString& error() const { return *m_error; }
    QString pathOf(const char* key) const;

private:
    JsonFields(const QJsonObject& object, const QString& path, std::shared_ptr<QString> error);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

}  // namespace foley::core
