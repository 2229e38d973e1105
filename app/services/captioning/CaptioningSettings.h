#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace foley::app::captioning {

// Where captions come from: an OpenAI-compatible chat-completions server (llama-server, Ollama). Kept in the user's
// settings only (the API key must never reach a project file); read and written here and nowhere else.
struct CaptioningSettings {
    static inline const QString kDefaultBaseUrl = QStringLiteral("http://127.0.0.1:8080/v1");  // llama-server's
    static constexpr int kDefaultTimeoutSeconds = 120;
    static constexpr int kDefaultKeyframeCount = 8;
    static constexpr int kMaxKeyframeCount = 32;  // more images than this overflow small models' contexts

    QString baseUrl = kDefaultBaseUrl;  // ends before /chat/completions, e.g. http://127.0.0.1:11434/v1 for Ollama
    QString model;
    QString apiKey;                     // sent as "Authorization: Bearer …" when not empty
    int timeoutSeconds = kDefaultTimeoutSeconds;
    int keyframeCount = kDefaultKeyframeCount;

    // Missing or out-of-range values fall back to the defaults.
    static CaptioningSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    // {baseUrl}/{path} with exactly one slash between them ("chat/completions", "models").
    QUrl endpoint(const QString& path) const;
};

}  // namespace foley::app::captioning
