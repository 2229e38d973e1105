#include "app/services/captioning/CaptioningSettings.h"

#include <QSettings>

#include <algorithm>

namespace foley::app::captioning {

namespace {

// One group, so every key of this feature is found (and reset) together.
const QString kGroup = QStringLiteral("captioning/");

int boundedInt(const QSettings& settings, const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(kGroup + key, fallback).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

}  // namespace

CaptioningSettings CaptioningSettings::load(const QSettings& settings)
{
    CaptioningSettings s;
    s.baseUrl = settings.value(kGroup + QStringLiteral("baseUrl"), kDefaultBaseUrl).toString().trimmed();
    if (s.baseUrl.isEmpty()) s.baseUrl = kDefaultBaseUrl;
    s.model = settings.value(kGroup + QStringLiteral("model")).toString().trimmed();
    s.apiKey = settings.value(kGroup + QStringLiteral("apiKey")).toString();
    s.timeoutSeconds = boundedInt(settings, QStringLiteral("timeoutSeconds"), kDefaultTimeoutSeconds, 1, 3600);
    s.keyframeCount = boundedInt(settings, QStringLiteral("keyframes"), kDefaultKeyframeCount, 1, kMaxKeyframeCount);
    return s;
}

void CaptioningSettings::save(QSettings& settings) const
{
    settings.setValue(kGroup + QStringLiteral("baseUrl"), baseUrl.trimmed());
    settings.setValue(kGroup + QStringLiteral("model"), model.trimmed());
    settings.setValue(kGroup + QStringLiteral("apiKey"), apiKey);
    settings.setValue(kGroup + QStringLiteral("timeoutSeconds"), std::clamp(timeoutSeconds, 1, 3600));
    settings.setValue(kGroup + QStringLiteral("keyframes"), std::clamp(keyframeCount, 1, kMaxKeyframeCount));
}

QUrl CaptioningSettings::endpoint(const QString& path) const
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/'))) base.chop(1);
    return QUrl(base + QLatin1Char('/') + path);
}

}  // namespace foley::app::captioning
