#pragma once

#include "core/types/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace foley::app::captioning {

// Longer answers are not captions (a model rambling or describing every frame); they are refused, not cut.
inline constexpr int kMaxAnswerChars = 4000;

struct TimedCaption {
    double startSeconds = 0;
    double endSeconds = 0;
    QString text;
};

// What the model said, ready to be proposed: the caption always, the rest when it answered in JSON with them.
struct CaptionAnswer {
    QString caption;
    std::optional<QString> negative;
    std::optional<QList<TimedCaption>> segments;
};

// The answer's text (choices[0].message.content) → caption: a JSON object with a "caption" (bare or in a ``` fence)
// is used whole, anything else is the caption as plain text (trimmed). Error (RemoteBadAnswer): empty, or longer
// than kMaxAnswerChars.
Result<CaptionAnswer> parseCaptionContent(const QString& content);

// A whole chat-completions response body → caption. Errors (RemoteBadAnswer, one line each): not JSON, no choices,
// then those of parseCaptionContent.
Result<CaptionAnswer> parseChatCompletion(const QByteArray& body);

// The message a server put in an error body: OpenAI/llama-server {"error": {"message"}}, Ollama {"error": "…"},
// or the first line of plain text; empty when there is none.
QString serverErrorMessage(const QByteArray& body);

}  // namespace foley::app::captioning
