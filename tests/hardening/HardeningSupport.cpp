#include "tests/hardening/HardeningSupport.h"

#include "core/types/AtomicFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <csignal>

namespace foley::test {

QString cliPath()
{
    return qEnvironmentVariable("FOLEY_CLI");
}

QString crashHelperPath()
{
    return QStringLiteral(FOLEY_CRASH_HELPER);
}

int runToEnd(const QString& program, const QStringList& args, QByteArray* out, QByteArray* err)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(600000);
    if (out) *out = process.readAllStandardOutput();
    if (err) *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool killAfter(QProcess& process, int delayMs)
{
    if (process.waitForFinished(delayMs)) return false;
    process.kill();  // SIGKILL: no handler, no destructor, no flush runs
    process.waitForFinished(30000);
    return true;
}

bool killWhileWriting(QProcess& process, const QStringList& folders, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && !process.waitForFinished(1)) {
        for (const QString& folder : folders) {
            if (tempFilesIn(folder).isEmpty()) continue;
            process.kill();
            process.waitForFinished(30000);
            return true;
        }
    }
    return killAfter(process, 0);
}

void limitFileSizes(QProcess& process, qint64 limitBytes)
{
    process.setChildProcessModifier([limitBytes] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        const rlimit limit{static_cast<rlim_t>(limitBytes), static_cast<rlim_t>(limitBytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN);  // an ignored signal stays ignored across exec
    });
}

QStringList tempFilesIn(const QString& folder)
{
    QStringList temps;
    for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        if (AtomicFile::isTempFileName(QFile::encodeName(name).toStdString())) temps << name;
    return temps;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString makeVideo(const QString& folder, const QString& name)
{
    const QString video = QDir(folder).filePath(name);
    const int exit = runToEnd(QStringLiteral("ffmpeg"),
                              {"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=25", "-f", "lavfi",
                               "-i", "sine=frequency=330:duration=2", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", video});
    return exit == 0 ? video : QString();
}

}  // namespace foley::test
