#include "core/types/Error.h"

namespace foley {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return "ok";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::MediaOpenFailed: return "media-open-failed";
    case ErrorCode::MediaNoStream: return "media-no-stream";
    case ErrorCode::MediaDecodeFailed: return "media-decode-failed";
    case ErrorCode::MediaEncodeFailed: return "media-encode-failed";
    case ErrorCode::MediaWriteFailed: return "media-write-failed";
    case ErrorCode::MediaUnsupportedCodec: return "media-unsupported-codec";
    case ErrorCode::MediaSameAsSource: return "media-same-as-source";
    case ErrorCode::ProjectReadFailed: return "project-read-failed";
    case ErrorCode::ProjectParseFailed: return "project-parse-failed";
    case ErrorCode::ProjectWrongFormat: return "project-wrong-format";
    case ErrorCode::ProjectFutureVersion: return "project-future-version";
    case ErrorCode::ProjectWriteFailed: return "project-write-failed";
    case ErrorCode::ProjectMediaMissing: return "project-media-missing";
    case ErrorCode::ProjectMediaChanged: return "project-media-changed";
    case ErrorCode::InferencePackMissing: return "inference-pack-missing";
    case ErrorCode::InferencePackInvalid: return "inference-pack-invalid";
    case ErrorCode::InferencePackChecksum: return "inference-pack-checksum";
    case ErrorCode::InferencePackShape: return "inference-pack-shape";
    case ErrorCode::InferencePackVersion: return "inference-pack-version";
    case ErrorCode::InferenceMelMismatch: return "inference-mel-mismatch";
    case ErrorCode::InferenceRuntime: return "inference-runtime";
    case ErrorCode::IoReadFailed: return "io-read-failed";
    case ErrorCode::IoWriteFailed: return "io-write-failed";
    case ErrorCode::IoParseFailed: return "io-parse-failed";
    case ErrorCode::RemoteUnreachable: return "remote-unreachable";
    case ErrorCode::RemoteBadAnswer: return "remote-bad-answer";
    }
    return "unknown";
}

}  // namespace foley
