#include "app/services/AubioOnsets.h"

#include <QProcess>

namespace foley::app {

std::optional<dsp::OnsetSecondsList> aubioOnsets(const QString& wavPath)
{
    QProcess process;
    process.start(QStringLiteral("aubioonset"), {QStringLiteral("-i"), wavPath});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    dsp::OnsetSecondsList onsets;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        bool ok = false;
        const double seconds = line.trimmed().toDouble(&ok);
        if (ok) onsets.push_back({seconds, 1.0});
    }
    return onsets;
}

}  // namespace foley::app
