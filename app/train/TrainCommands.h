#pragma once

#include <QStringList>

namespace foley::app::train {

// One sub-command of foleyforge-train: returns the process exit code (0 ok, 1 failure, 2 usage, 130 cancelled).
using TrainCommandFunction = int (*)(const QStringList& args);

struct TrainCommand {
    const char* name;
    const char* synopsis;
    TrainCommandFunction run;
};

}  // namespace foley::app::train
