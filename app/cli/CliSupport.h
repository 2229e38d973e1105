#pragma once

#include "core/types/Error.h"

#include <QJsonDocument>
#include <QString>

namespace foley::app::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitCancelled = 130;

// Prints `error: <message>` on one line to stderr and returns the exit code to use.
int fail(const QString& message, int exitCode = kExitFailure);
int fail(const Error& error);
int usageError(const QString& message);

void printJson(const QJsonDocument& document);
void printLine(const QString& text);

// Removes the temp files killed writers left in the folder of `outputPath` (AtomicFile::removeLeftoverTempFiles):
// commands that write a file call it first, so an interrupted run leaves nothing behind once the next one starts.
void removeLeftoverTempFilesBeside(const QString& outputPath);

// Converts between the CLI's UTF-8 paths and the std::string paths media/dsp take.
std::string toPath(const QString& path);

}  // namespace foley::app::cli
