#include "app/train/TrainCommandSupport.h"

#include "app/cli/CliSupport.h"
#include "core/io/AtomicFileWriter.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace foley::app::train {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    if (!parser.parse(QStringList{"foleyforge-train " + command} + args)) return cli::usageError(parser.errorText());
    if (parser.isSet("help")) {
        std::printf("%s", qPrintable(parser.helpText()));
        return cli::kExitOk;
    }
    return std::nullopt;
}

void printProgress(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int writeJsonFile(const QString& path, const QJsonObject& object)
{
    if (const Status written = core::AtomicFileWriter::write(path, QJsonDocument(object).toJson(), ErrorCode::IoWriteFailed); !written)
        return cli::fail(written.error());
    return cli::kExitOk;
}

}  // namespace foley::app::train
