#include "app/cli/CliSupport.h"

#include "core/types/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace foley::app::cli {

int fail(const QString& message, int exitCode)
{
    QString oneLine = message.simplified();
    std::fprintf(stderr, "error: %s\n", oneLine.toUtf8().constData());
    std::fflush(stderr);
    return exitCode;
}

int fail(const Error& error)
{
    if (error.isCancelled()) return fail(QStringLiteral("cancelled"), kExitCancelled);
    return fail(QString::fromStdString(error.message));
}

int usageError(const QString& message)
{
    // The CLI and foleyforge-train share this; each names itself.
    return fail(QStringLiteral("%1 (see %2 --help)").arg(message, QCoreApplication::applicationName()), kExitUsage);
}

void printJson(const QJsonDocument& document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& name, const QStringList& args,
                                    const QCommandLineOption& help, const QString& usage)
{
    if (!parser.parse(QStringList{name} + args)) return usageError(parser.errorText());
    if (!parser.isSet(help)) return std::nullopt;
    printLine(usage.isEmpty() ? parser.helpText() : usage + QStringLiteral("\n\n") + parser.helpText().section('\n', 1));
    return kExitOk;
}

void printLine(const QString& text)
{
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

std::string toPath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

void removeLeftoverTempFilesBeside(const QString& outputPath)
{
    AtomicFile::removeLeftoverTempFiles(toPath(QFileInfo(outputPath).absolutePath()));
}

}  // namespace foley::app::cli
