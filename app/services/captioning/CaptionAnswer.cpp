#include "app/services/captioning/CaptionAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace foley::app::captioning {

namespace {

Error badAnswer(const QString& message)
{
    return makeError(ErrorCode::RemoteBadAnswer, message.toStdString());
}

// The JSON object inside a ``` or ```json fence, else the text itself when it looks like an object.
std::optional<QJsonObject> jsonObjectIn(const QString& text)
{
    static const QRegularExpression fence(QStringLiteral("```[A-Za-z]*\\s*(\\{.*\\})\\s*```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = fence.match(text);
    const QString candidate = match.hasMatch() ? match.captured(1) : text;
    if (!candidate.startsWith(QLatin1Char('{'))) return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(candidate.toUtf8());
    if (!document.isObject()) return std::nullopt;
    return document.object();
}

QList<TimedCaption> timedCaptions(const QJsonArray& array)
{
    QList<TimedCaption> segments;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        TimedCaption t{o.value(QStringLiteral("start")).toDouble(-1), o.value(QStringLiteral("end")).toDouble(-1),
                       o.value(QStringLiteral("text")).toString().trimmed()};
        // A segment the model got wrong is dropped alone: the caption is still worth proposing.
        if (t.startSeconds >= 0 && t.endSeconds > t.startSeconds && !t.text.isEmpty()) segments.append(t);
    }
    return segments;
}

// The "content" of choices[0].message: a string, or (some servers) an array of {type: text, text} parts.
QString messageContent(const QJsonValue& content)
{
    if (content.isString()) return content.toString();
    QString text;
    for (const QJsonValue& part : content.toArray()) text += part.toObject().value(QStringLiteral("text")).toString();
    return text;
}

}  // namespace

Result<CaptionAnswer> parseCaptionContent(const QString& content)
{
    const QString text = content.trimmed();
    if (text.isEmpty()) return badAnswer(QStringLiteral("the model gave an empty answer"));
    if (text.size() > kMaxAnswerChars) {
        return badAnswer(QStringLiteral("the model's answer is too long for a caption (%1 characters, at most %2)")
                             .arg(text.size())
                             .arg(kMaxAnswerChars));
    }
    const std::optional<QJsonObject> object = jsonObjectIn(text);
    const QString jsonCaption =
        object ? object->value(QStringLiteral("caption")).toString().trimmed() : QString();
    if (jsonCaption.isEmpty()) return CaptionAnswer{text, std::nullopt, std::nullopt};

    CaptionAnswer answer{jsonCaption, std::nullopt, std::nullopt};
    const QString negative = object->value(QStringLiteral("negative")).toString().trimmed();
    if (!negative.isEmpty()) answer.negative = negative;
    const QList<TimedCaption> segments = timedCaptions(object->value(QStringLiteral("segments")).toArray());
    if (!segments.isEmpty()) answer.segments = segments;
    return answer;
}

Result<CaptionAnswer> parseChatCompletion(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        return badAnswer(QStringLiteral("the server's answer is not JSON (is the URL a chat-completions endpoint?)"));
    const QJsonArray choices = document.object().value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty()) return badAnswer(QStringLiteral("the server's answer has no choices"));
    const QJsonValue content =
        choices.first().toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("content"));
    return parseCaptionContent(messageContent(content));
}

QString serverErrorMessage(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonValue error = document.object().value(QStringLiteral("error"));
        if (error.isString()) return error.toString().trimmed();
        const QString message = error.toObject().value(QStringLiteral("message")).toString().trimmed();
        if (!message.isEmpty()) return message;
        return document.object().value(QStringLiteral("message")).toString().trimmed();
    }
    return QString::fromUtf8(body).section(QLatin1Char('\n'), 0, 0).trimmed().left(200);
}

}  // namespace foley::app::captioning
