#pragma once

#include "core/model/Caption.h"
#include "core/model/GenerationParameters.h"
#include "core/model/Onset.h"
#include "core/project/JsonFields.h"
#include "core/types/Rational.h"

#include <QDateTime>
#include <QJsonValue>

namespace foley::core {

// JSON forms of the small value types shared by the project and its takes.
// Times are seconds (a double): t / 48000 written with the shortest round-trip digits, read back with
// llround(seconds * 48000), which gives the same sample frame for any time below 2^50 frames.
class JsonValueCodec {
public:
    static QJsonValue seconds(SampleTime t);
    static SampleTime samples(const JsonFields& fields, const char* key, SampleTime fallback);

    // A float written with its shortest decimal digits (0.7f -> 0.7) whenever that reads back to
    // the same float, so masks stay readable and round-trip bit-exactly.
    static QJsonValue floatValue(float v);

    static QJsonObject rational(Rational r);  // {"num": 25, "den": 1}
    static Rational rational(const JsonFields& fields);

    static QJsonValue dateTime(const QDateTime& t);  // ISO 8601 UTC with milliseconds, "" if invalid
    static QDateTime dateTime(const JsonFields& fields, const char* key);

    static QJsonObject onset(const Onset& o);
    static Onset onset(const JsonFields& fields);
    static QJsonArray onsets(const OnsetSampleTimeList& onsets);
    static OnsetSampleTimeList onsets(const JsonFields& parent, const char* key);

    static QJsonObject caption(const Caption& c);  // {"text", "origin"[, "source"]}
    static QJsonObject captionSource(const CaptionSource& s);  // {"model", "server", "time" (ISO 8601, UTC)}
    static CaptionSource captionSource(const JsonFields& fields);
    static Caption caption(const JsonFields& fields);
    static CaptionOrigin captionOrigin(const JsonFields& fields, const char* key);

    static QJsonObject parameters(const GenerationParameters& p);
    static GenerationParameters parameters(const JsonFields& fields);
};

}  // namespace foley::core
