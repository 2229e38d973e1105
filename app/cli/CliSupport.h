#pragma once

#include "core/types/Error.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace foley::app::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitCancelled = 130;

// Prints `error: <message>` on one line to stderr and returns the exit code to use.
int fail(const QString& message, int exitCode = kExitFailure);
int fail(const Error& error);
int usageError(const QString& message);

// Parses `args` of the command `name` (the parser already holds its options, `help` among them). Returns the exit
// code to end with when there is nothing more to do: a usage error (printed), or the help (printed; its first line
// replaced by `usage` when given, e.g. "usage: foleyforge-cli probe MEDIA"); else nothing, and the command goes on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& name, const QStringList& args,
                                    const QCommandLineOption& help, const QString& usage = {});

void printJson(const QJsonDocument& document);
void printLine(const QString& text);

// Removes the temp files killed writers left in the folder of `outputPath` (AtomicFile::removeLeftoverTempFiles):
// commands that write a file call it first, so an interrupted run leaves nothing behind once the next one starts.
void removeLeftoverTempFilesBeside(const QString& outputPath);

// Converts between the CLI's UTF-8 paths and the std::string paths media/dsp take.
std::string toPath(const QString& path);

}  // namespace foley::app::cli
