#include "core/media/Mp4Exporter.h"

#include "core/types/AtomicFile.h"
#include "core/media/AvError.h"
#include "core/media/ExportSession.h"
#include "core/media/FfmpegSetup.h"
#include "core/media/OutputContainer.h"

#include <filesystem>
#include <system_error>

namespace foley::media {
namespace {

// Compares canonical paths (and, when the output exists, the files themselves: hard links, bind mounts).
bool isSameFile(const std::string& a, const std::string& b)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path canonicalA = fs::weakly_canonical(fs::path(a), ec);
    std::error_code ec2;
    const fs::path canonicalB = fs::weakly_canonical(fs::path(b), ec2);
    if (!ec && !ec2 && canonicalA == canonicalB) return true;
    std::error_code ec3;
    return fs::equivalent(fs::path(a), fs::path(b), ec3) && !ec3;
}

Status checkRequest(const ExportRequest& request)
{
    if (request.sampleRate <= 0 || request.audioBitRate <= 0)
        return makeError(ErrorCode::InvalidArgument, "invalid export audio settings (sample rate or bit rate)");
    if (!(request.originalGain >= 0) || request.originalGain > 16)
        return makeError(ErrorCode::InvalidArgument, "the original audio gain must be between 0 and 16");
    if (isSameFile(request.videoPath, request.outputPath))
        return makeError(ErrorCode::MediaSameAsSource,
                         "refusing to overwrite the source video " + quoted(request.videoPath) + ": choose another output file");
    return okStatus();
}

}  // namespace

namespace {

// One attempt; `overshot` tells the caller to retry single-threaded (see AudioTrackWriter).
Result<ExportReport> exportOnce(const ExportRequest& request, const OutputContainer& container, const RunControl* control,
                                bool& overshot)
{
    ExportSession session(request, control);
    if (Status status = session.openSource(container); !status) return status.error();
    Result<AtomicFile> output = AtomicFile::create(request.outputPath, ErrorCode::MediaWriteFailed);
    if (!output) return output.error();
    // On any failure or cancel `output` goes out of scope uncommitted and its temp file is removed.
    Result<ExportReport> report = session.writeTo(output->tempPath(), container);
    overshot = session.audioPlanOvershot();
    if (!report) return report.error();
    if (Status status = output->commit(); !status) return status.error();
    return report;
}

}  // namespace

Result<ExportReport> exportWithAudio(const ExportRequest& request, const RunControl* control)
{
    ensureFfmpegSetUp();
    Result<OutputContainer> container = OutputContainer::forPath(request.outputPath);
    if (!container) return container.error();
    if (Status status = checkRequest(request); !status) return status.error();

    bool overshot = false;
    Result<ExportReport> report = exportOnce(request, *container, control, overshot);
    if (!report && overshot) {
        ExportRequest singleThreaded = request;
        singleThreaded.encoderThreads = 1;
        report = exportOnce(singleThreaded, *container, control, overshot);
    }
    if (report && control) control->report(1.0);
    return report;
}

}  // namespace foley::media
