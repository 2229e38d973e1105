#pragma once

#include <QString>
#include <QStringList>

namespace foley::app {

// `foleyforge-cli check PROJECT.foley`: whether a project on disk is whole and usable. Loads it (migrating if old) and
// looks at what it points to: the video (there and readable by FFmpeg), every take's WAV (there and decodable audio
// with samples), the onsets (within the video's length) and the active take (one of the takes). Returns one line per
// problem, each naming the file or onset; empty when the project is fine. A project that does not load is one line
// (the loader's message). Nothing is changed on disk but what opening a project always does (removing the temp files
// of killed writers, ProjectFile::removeLeftoverTempFiles).
QStringList checkProject(const QString& projectPath);

}  // namespace foley::app
