#pragma once

#include <QStringList>

namespace foley::app::cli {

// One subcommand of foleyforge-cli. `run` gets the arguments after the subcommand name and returns the
// process exit code; failures print exactly one `error: …` line on stderr (see CliSupport.h).
struct CliCommand {
    const char* name;
    const char* synopsis;
    int (*run)(const QStringList& args);
};


int runVersion(const QStringList& args);
int runNew(const QStringList& args);
int runProbe(const QStringList& args);
int runExport(const QStringList& args);
int runOnsets(const QStringList& args);
int runEvalOnsets(const QStringList& args);
int runGenerate(const QStringList& args);
int runCredits(const QStringList& args);
int runLibrary(const QStringList& args);
int runCaption(const QStringList& args);
int runCheck(const QStringList& args);
int runBatch(const QStringList& args);

}  // namespace foley::app::cli
