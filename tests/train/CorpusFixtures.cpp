#include "CorpusFixtures.h"

#include "app/train/corpus/C4GroupReader.h"
#include "core/media/WavFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtEndian>

#include <zlib.h>

#include <cmath>
#include <cstring>

namespace {

constexpr int kTimeoutMs = 60000;

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

// zlib's deflate with `windowBits`: MAX_WBITS + 16 writes a gzip stream, -MAX_WBITS raw deflate (as zip members
// carry it).
QByteArray deflated(const QByteArray& data, int windowBits, int level)
{
    z_stream stream{};
    deflateInit2(&stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size())) + 64), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray gzip(const QByteArray& data) { return deflated(data, MAX_WBITS + 16, Z_DEFAULT_COMPRESSION); }
QByteArray rawDeflate(const QByteArray& data) { return deflated(data, -MAX_WBITS, Z_BEST_COMPRESSION); }

// A zip archive (PKWARE APPNOTE: local headers, central directory, end record; UTF-8 names flagged), written here
// so the reader is tested on every machine, with or without a zip program.
QByteArray zipArchive(const QList<QPair<QString, QByteArray>>& members, bool store)
{
    QByteArray out, directory;
    for (const auto& [name, data] : members) {
        const QByteArray path = name.toUtf8();
        const QByteArray body = store ? data : rawDeflate(data);
        const auto crc = static_cast<quint32>(crc32(0L, reinterpret_cast<const Bytef*>(data.constData()), static_cast<uInt>(data.size())));
        const auto offset = static_cast<quint32>(out.size());
        auto common = [&](QByteArray& header) {
            appendLe16(header, 20);                       // version needed
            appendLe16(header, 0x0800);                   // flags: UTF-8 names
            appendLe16(header, store ? 0 : 8);            // method: stored or deflate
            appendLe32(header, 0);                        // time, date
            appendLe32(header, crc);
            appendLe32(header, static_cast<quint32>(body.size()));
            appendLe32(header, static_cast<quint32>(data.size()));
            appendLe16(header, static_cast<quint16>(path.size()));
            appendLe16(header, 0);                        // extra field length
        };
        appendLe32(out, 0x04034b50);
        common(out);
        out += path + body;
        appendLe32(directory, 0x02014b50);
        appendLe16(directory, 20);                        // version made by
        common(directory);
        appendLe16(directory, 0);                         // comment length
        appendLe32(directory, 0);                         // disk number, internal attributes
        appendLe32(directory, 0);                         // external attributes
        appendLe32(directory, offset);
        directory += path;
    }
    const auto directoryOffset = static_cast<quint32>(out.size());
    out += directory;
    appendLe32(out, 0x06054b50);
    appendLe32(out, 0);                                   // disk numbers
    appendLe16(out, static_cast<quint16>(members.size()));
    appendLe16(out, static_cast<quint16>(members.size()));
    appendLe32(out, static_cast<quint32>(directory.size()));
    appendLe32(out, directoryOffset);
    appendLe16(out, 0);                                   // comment length
    return out;
}

}  // namespace

QByteArray CorpusFixtures::toneWavBytes(double seconds, int frequency, int rate)
{
    const auto frames = static_cast<size_t>(seconds * rate);
    std::vector<float> samples(frames);
    for (size_t i = 0; i < frames; ++i)
        samples[i] = 0.25f * static_cast<float>(std::sin(2.0 * M_PI * frequency * static_cast<double>(i) / rate));
    const QString temp = QDir::temp().filePath(QStringLiteral("corpus-tone-%1.wav").arg(QCoreApplication::applicationPid()));
    QByteArray bytes;
    if (foley::media::writeWav(QFile::encodeName(temp).toStdString(), foley::AudioBuffer(std::move(samples), rate, 1),
                               foley::media::WavSampleFormat::Int16)) {
        QFile file(temp);
        if (file.open(QIODevice::ReadOnly)) bytes = file.readAll();
    }
    QFile::remove(temp);
    return bytes;
}

bool CorpusFixtures::writeTone(const QString& path, double seconds, int frequency, int rate)
{
    return writeBytes(path, toneWavBytes(seconds, frequency, rate));
}

bool CorpusFixtures::writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool CorpusFixtures::run(const QString& program, const QStringList& args, const QString& workingDir)
{
    QProcess process;
    if (!workingDir.isEmpty()) process.setWorkingDirectory(workingDir);
    process.start(program, args);
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = QStringLiteral("%1 %2 failed: %3 %4")
                          .arg(program, args.join(QLatin1Char(' ')), process.errorString(),
                               QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool CorpusFixtures::writeOgg(const QString& path, double seconds, int frequency)
{
    QDir().mkpath(QFileInfo(path).path());
    return run(QStringLiteral("ffmpeg"), {"-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                                          QStringLiteral("sine=frequency=%1:duration=%2:sample_rate=44100").arg(frequency).arg(seconds),
                                          "-c:a", "libvorbis", path});
}

bool CorpusFixtures::zipFolder(const QString& zipPath, const QString& folder, const QStringList& members, bool store)
{
    QList<QPair<QString, QByteArray>> files;
    const QDir root(folder);
    for (const QString& member : members) {
        QStringList paths{root.filePath(member)};
        if (QFileInfo(paths.first()).isDir()) {
            paths.clear();
            QDirIterator it(root.filePath(member), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) paths << it.next();
            paths.sort();
        }
        for (const QString& path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_lastError = QStringLiteral("cannot read %1").arg(path);
                return false;
            }
            files.append({root.relativeFilePath(path), file.readAll()});
        }
    }
    return writeBytes(zipPath, zipArchive(files, store));
}

bool CorpusFixtures::buildDeb(const QString& root, const QString& package, const QString& version, const QString& debPath)
{
    const QString control = QStringLiteral("Package: %1\nVersion: %2\nArchitecture: all\nMaintainer: Test <test@example.org>\n"
                                           "Description: corpus test package\n")
                                .arg(package, version);
    if (!writeBytes(QDir(root).filePath(QStringLiteral("DEBIAN/control")), control.toUtf8())) return false;
    return run(QStringLiteral("dpkg-deb"), {"--root-owner-group", "--build", root, debPath});
}

QByteArray CorpusFixtures::c4GroupRaw(const Files& files, const QList<QPair<QString, QByteArray>>& childGroups)
{
    constexpr int kEntrySize = 316;
    const int count = static_cast<int>(files.size() + childGroups.size());
    QByteArray header(204, '\0');
    std::memcpy(header.data(), "RedWolf Design GrpFolder", 24);
    qToLittleEndian<qint32>(1, header.data() + 28);
    qToLittleEndian<qint32>(2, header.data() + 32);
    qToLittleEndian<qint32>(count, header.data() + 36);
    foley::app::train::C4GroupReader::scrambleHeader(header.data(), static_cast<int>(header.size()));

    QByteArray table;
    QByteArray data;
    const auto addEntry = [&](const QString& name, const QByteArray& bytes, bool child) {
        QByteArray entry(kEntrySize, '\0');
        const QByteArray utf8 = name.toUtf8();
        std::memcpy(entry.data(), utf8.constData(), static_cast<size_t>(utf8.size()));
        qToLittleEndian<qint32>(1, entry.data() + 260);
        qToLittleEndian<qint32>(child ? 1 : 0, entry.data() + 264);
        qToLittleEndian<qint32>(static_cast<qint32>(bytes.size()), entry.data() + 268);
        qToLittleEndian<qint32>(static_cast<qint32>(data.size()), entry.data() + 276);
        table += entry;
        data += bytes;
    };
    for (const auto& [name, bytes] : files) addEntry(name, bytes, false);
    for (const auto& [name, bytes] : childGroups) addEntry(name, bytes, true);
    return header + table + data;
}

QByteArray CorpusFixtures::c4Group(const Files& files, const QString& childName, const Files& childFiles)
{
    const QByteArray child = c4GroupRaw(childFiles, {});
    QByteArray packed = gzip(c4GroupRaw(files, {{childName, child}}));
    packed[0] = static_cast<char>(0x1e);
    packed[1] = static_cast<char>(0x8c);
    return packed;
}

QByteArray CorpusFixtures::wad(const QList<QPair<QString, QByteArray>>& soundLumps, int rate)
{
    QList<QPair<QString, QByteArray>> lumps;
    for (const auto& [name, pcm] : soundLumps) {
        QByteArray lump;
        appendLe16(lump, 3);
        appendLe16(lump, static_cast<quint16>(rate));
        appendLe32(lump, static_cast<quint32>(pcm.size() + 32));
        lump += QByteArray(16, '\x80') + pcm + QByteArray(16, '\x80');
        lumps.append({name, lump});
    }
    lumps.append({QStringLiteral("MAP01"), QByteArray(64, '\x01')});
    QByteArray body;
    QByteArray directory;
    for (const auto& [name, lump] : lumps) {
        appendLe32(directory, static_cast<quint32>(12 + body.size()));
        appendLe32(directory, static_cast<quint32>(lump.size()));
        directory += name.toLatin1().leftJustified(8, '\0', true);
        body += lump;
    }
    QByteArray out("PWAD");
    appendLe32(out, static_cast<quint32>(lumps.size()));
    appendLe32(out, static_cast<quint32>(12 + body.size()));
    return out + body + directory;
}

QByteArray CorpusFixtures::openTtdCat(const QList<QPair<QString, QByteArray>>& namedWavs)
{
    const auto tableSize = static_cast<quint32>(namedWavs.size() * 8);
    QByteArray table;
    QByteArray body;
    for (const auto& [name, wav] : namedWavs) {
        appendLe32(table, (tableSize + static_cast<quint32>(body.size())) | 0x80000000u);
        appendLe32(table, static_cast<quint32>(wav.size()));
        const QByteArray utf8 = name.toUtf8() + '\0';
        body += static_cast<char>(utf8.size());
        body += utf8;
        body += wav;
    }
    return table + body;
}
