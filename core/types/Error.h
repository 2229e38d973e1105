#pragma once

#include <string>

namespace foley {

// Error codes grouped per layer (MuseScore-style ranges) so a code says where it came from.
enum class ErrorCode {
    Ok = 0,
    Cancelled = 1,  // not a failure: the UI shows nothing for it
    InvalidArgument = 2,

    MediaOpenFailed = 100,
    MediaNoStream,
    MediaDecodeFailed,
    MediaEncodeFailed,
    MediaWriteFailed,
    MediaUnsupportedCodec,
    MediaSameAsSource,

    ProjectReadFailed = 200,
    ProjectParseFailed,
    ProjectWrongFormat,
    ProjectFutureVersion,
    ProjectWriteFailed,
    ProjectMediaMissing,
    ProjectMediaChanged,

    InferencePackMissing = 300,
    InferencePackInvalid,
    InferencePackChecksum,
    InferencePackShape,
    InferencePackVersion,
    InferenceMelMismatch,
    InferenceRuntime,

    IoReadFailed = 400,
    IoWriteFailed,
    IoParseFailed,
    RemoteUnreachable = 500,  // a server (e.g. a captioning model) could not be asked: refused, timeout, HTTP error
    RemoteBadAnswer,          // it answered, but not with something usable
};

const char* errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Ok;
    std::string message;  // one line, for people
    std::string detail;   // optional, for logs

    bool isCancelled() const { return code == ErrorCode::Cancelled; }
};

inline Error makeError(ErrorCode code, std::string message, std::string detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

}  // namespace foley
