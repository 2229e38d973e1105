#include "app/train/corpus/ZlibInflate.h"

#include <zlib.h>

#include <algorithm>

namespace foley::app::train {

Result<QByteArray> inflateBytes(const QByteArray& compressed, ZlibFormat format, qint64 expectedSize)
{
    z_stream stream{};
    const int windowBits = format == ZlibFormat::Raw ? -MAX_WBITS : MAX_WBITS + 16;
    if (inflateInit2(&stream, windowBits) != Z_OK) return makeError(ErrorCode::IoParseFailed, "inflateInit2 failed");

    QByteArray out;
    out.resize(std::max<qint64>(expectedSize > 0 ? expectedSize : compressed.size() * 3, 1024));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    int code = Z_OK;
    while (code == Z_OK) {
        if (static_cast<qint64>(stream.total_out) == out.size()) out.resize(out.size() * 2);
        stream.next_out = reinterpret_cast<Bytef*>(out.data()) + stream.total_out;
        stream.avail_out = static_cast<uInt>(out.size() - static_cast<qint64>(stream.total_out));
        code = inflate(&stream, Z_NO_FLUSH);
        if (code == Z_BUF_ERROR && stream.avail_in == 0) break;  // truncated input
        if (code == Z_BUF_ERROR) code = Z_OK;                     // output full: grow and continue
    }
    const std::string message = stream.msg ? stream.msg : "truncated or corrupt stream";
    const qint64 produced = static_cast<qint64>(stream.total_out);
    inflateEnd(&stream);
    if (code != Z_STREAM_END) return makeError(ErrorCode::IoParseFailed, message);
    out.resize(produced);
    return out;
}

}  // namespace foley::app::train
