#include "app/services/captioning/CaptionRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace foley::app::captioning {

namespace {

// Room for the JSON answer with a few segments; the parser refuses answers longer than this could ever need.
constexpr int kMaxAnswerTokens = 600;
// Low: a caption should describe what is seen, not invent.
constexpr double kTemperature = 0.2;

}  // namespace

QString captionPrompt(const QList<Keyframe>& keyframes)
{
    QStringList times;
    for (const Keyframe& k : keyframes) times << QString::number(k.timeSeconds, 'f', 1) + QStringLiteral(" s");
    return QStringLiteral(
               "You are a foley artist. The %1 images are keyframes of one video, in order, taken at %2. "
               "Write a foley caption: one or two sentences naming the sound sources, their materials, the actions "
               "that make sound, the surfaces involved and the background ambience. Do not mention music or speech "
               "unless someone is clearly seen playing or speaking. "
               "If you can, answer with only a JSON object: {\"caption\": \"...\", \"negative\": \"sounds that must "
               "not be heard\", \"segments\": [{\"start\": seconds, \"end\": seconds, \"text\": \"a sound in that "
               "span\"}]}. Otherwise answer with the caption as plain text.")
        .arg(keyframes.size())
        .arg(times.join(QStringLiteral(", ")));
}

QByteArray captionRequestBody(const QString& model, const QList<Keyframe>& keyframes)
{
    QJsonArray content{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                   {QStringLiteral("text"), captionPrompt(keyframes)}}};
    for (const Keyframe& k : keyframes) {
        content.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), keyframeDataUrl(k)}}}});
    }
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), content}};
    const QJsonObject body{{QStringLiteral("model"), model},
                           {QStringLiteral("messages"), QJsonArray{message}},
                           {QStringLiteral("temperature"), kTemperature},
                           {QStringLiteral("max_tokens"), kMaxAnswerTokens},
                           {QStringLiteral("stream"), false}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

}  // namespace foley::app::captioning
