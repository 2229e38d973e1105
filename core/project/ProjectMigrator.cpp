#include "core/project/ProjectMigrator.h"

#include "core/project/JsonFields.h"
#include "core/project/ProjectFormat.h"

#include <QJsonArray>

namespace foley::core {

namespace {

QString key(const char* name) { return QString::fromLatin1(name); }

Error migrationError(const JsonFields& f)
{
    return makeError(ErrorCode::ProjectParseFailed, "cannot migrate a version-0 project: " + f.error().toStdString());
}

QJsonArray onsetsFromSeconds(const JsonFields& f)
{
    const QJsonArray seconds = f.array("onsets");
    QJsonArray onsets;
    for (int i = 0; i < seconds.size(); ++i) {
        const QJsonValue v = seconds.at(i);
        if (!v.isDouble() || v.toDouble() < 0.0) {
            f.fail("onsets", QStringLiteral("element %1 is not a time in seconds").arg(i));
            break;
        }
        onsets.append(QJsonObject{{key("id"), i + 1},
                                  {key("time"), v.toDouble()},
                                  {key("strength"), 1.0},
                                  {key("label"), QString()},
                                  {key("origin"), QStringLiteral("manual")}});
    }
    return onsets;
}

QJsonObject takesFromV0(const JsonFields& f)
{
    const QJsonArray old = f.array("takes");
    QJsonArray items;
    for (int i = 0; i < old.size() && f.ok(); ++i) {
        const JsonFields t = f.element(old, i, "takes");
        items.append(QJsonObject{{key("id"), i + 1},
                                 {key("name"), t.string("name", QStringLiteral("Take %1").arg(i + 1))},
                                 {key("audio"), t.string("file")}});
    }
    // v0 had no active take: the newest one was the one played.
    return QJsonObject{{key("active"), static_cast<qint64>(items.size())}, {key("items"), items}};
}

}  // namespace

Result<ProjectMigrator::Migrated> ProjectMigrator::migrate(const QJsonObject& root)
{
    const QJsonValue format = root.value(key("format"));
    if (format.toString() != kProjectFormatName) {
        const std::string found = format.isString() ? "its format is \"" + format.toString().toStdString() + "\""
                                                    : std::string("it has no \"format\" field");
        return makeError(ErrorCode::ProjectWrongFormat, "not a FoleyForge project (" + found + ")");
    }
    const QJsonValue versionValue = root.value(key("version"));
    const qint64 version = versionValue.toInteger(-1);
    if (!versionValue.isDouble() || version < 0 || version != versionValue.toInteger(-2)) {
        return makeError(ErrorCode::ProjectParseFailed, "the project's \"version\" is missing or not a whole number");
    }
    if (version > kProjectFormatVersion) {
        return makeError(ErrorCode::ProjectFutureVersion,
                         "this project was written by a newer FoleyForge (version " + std::to_string(version)
                             + "); this build reads up to version " + std::to_string(kProjectFormatVersion));
    }
    Migrated result{root, static_cast<int>(version)};
    if (version == 0) {
        auto upgraded = fromVersion0(result.root);
        if (!upgraded) return upgraded.error();
        result.root = std::move(upgraded).value();
    }
    return result;
}

Result<QJsonObject> ProjectMigrator::fromVersion0(const QJsonObject& v0)
{
    const JsonFields f(v0);
    const JsonFields settings = f.child("settings");
    QJsonObject v1{
        {key("format"), kProjectFormatName},
        {key("version"), 1},
        {key("media"), QJsonObject{{key("path"), f.string("video")}, {key("size"), -1}, {key("modified"), QString()}}},
        {key("caption"), QJsonObject{{key("text"), f.string("caption")},
                                     {key("origin"), QStringLiteral("user")},
                                     {key("negative"), f.string("negative")},
                                     {key("quality"), QString()},  // v0 prompts had no quality tag
                                     {key("segments"), QJsonArray()}}},
        {key("onsets"), onsetsFromSeconds(f)},
        {key("settings"), QJsonObject{{key("steps"), settings.integer("steps", 25)},
                                      {key("guidance"), settings.number("cfg", 4.5)},
                                      {key("seed"), settings.integer("seed", 0)},
                                      {key("seedLocked"), true}}},  // v0 always reused the stored seed
        {key("takes"), takesFromV0(f)},
    };
    if (!f.ok()) return migrationError(f);
    return v1;
}

}  // namespace foley::core
