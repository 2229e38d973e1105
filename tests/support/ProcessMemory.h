#pragma once

// This process's memory as the kernel reports it in /proc/self/status, for the memory benchmark and the tests that
// bound a parser's appetite: "VmHWM:" (peak resident set) or "VmRSS:" (resident now), in MiB; -1 when unreadable.
#include <QByteArray>
#include <QFile>
#include <QList>

#include <cstring>

namespace foley::testing {

inline double processStatusMegabytes(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<int>(std::strlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

}  // namespace foley::testing
