#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace foley::test {

// Shared by the crash and full-disk tests: the programs under test and the files they must (not) leave.
QString cliPath();           // foleyforge-cli (FOLEY_CLI)
QString crashHelperPath();   // crash_helper (tests/hardening/CrashHelper.cpp)

// Runs `program` to its end (at most 10 minutes). Exit code, or -1 when it crashed.
int runToEnd(const QString& program, const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr);

// Waits `delayMs` for a started process, then SIGKILLs it if it still runs. True when it was killed before its end.
bool killAfter(QProcess& process, int delayMs);

// Polls `folders` until a temp file appears in one of them (the process has begun writing a file), then SIGKILLs the
// process at once: the moment a random delay rarely hits when writing is a small part of a run. True when it was
// killed with a temp file present; false when it ended (or `timeoutMs` passed) first.
bool killWhileWriting(QProcess& process, const QStringList& folders, int timeoutMs = 60000);

// Before `process` starts, limits the size of any file it writes to `limitBytes` (RLIMIT_FSIZE) and ignores SIGXFSZ,
// so writing beyond the limit fails with EFBIG as on a full disk instead of killing it.
void limitFileSizes(QProcess& process, qint64 limitBytes);

// Files of `folder` named like AtomicFile's temp files (whatever their writer).
QStringList tempFilesIn(const QString& folder);
QByteArray fileBytes(const QString& path);

// A 2-second 160x120 video with a sine track, made with the ffmpeg CLI. Empty string on failure.
QString makeVideo(const QString& folder, const QString& name);

}  // namespace foley::test
