#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "inference/TorchRuntime.h"

#include <QtGlobal>

namespace foley::app::cli {

int runVersion(const QStringList& args)
{
    if (!args.isEmpty()) return usageError(QStringLiteral("version takes no arguments"));
    printLine(QStringLiteral("foleyforge-cli %1 (Qt %2, libtorch %3)")
                  .arg(QStringLiteral(FOLEY_VERSION), QString::fromLatin1(qVersion()),
                       QString::fromStdString(inference::torchVersion())));
    return kExitOk;
}

}  // namespace foley::app::cli
