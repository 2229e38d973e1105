#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace foley::app::train {

// Parses `args` of `foleyforge-train COMMAND` (the parser has its options and --help). Returns the exit code when
// the command must stop here: a usage error (exit 2) or --help printed (exit 0); nothing when it should run.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command, const QStringList& args);

// One progress line on stdout, flushed (a log that is being tailed, or piped through tee).
void printProgress(const QString& line);

// Writes `object` as indented JSON; returns the exit code (0, or 1 with a one-line error).
int writeJsonFile(const QString& path, const QJsonObject& object);

}  // namespace foley::app::train
