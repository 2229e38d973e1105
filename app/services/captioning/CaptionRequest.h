#pragma once

#include "app/services/captioning/Keyframes.h"

#include <QByteArray>
#include <QString>

namespace foley::app::captioning {

// The foley instruction sent before the images; it names each keyframe's time so the model can give segments.
QString captionPrompt(const QList<Keyframe>& keyframes);

// One OpenAI-style chat-completions request body: {model, messages: [{role: user, content: [text part, image_url
// parts…]}], temperature, max_tokens, stream: false}.
QByteArray captionRequestBody(const QString& model, const QList<Keyframe>& keyframes);

}  // namespace foley::app::captioning
