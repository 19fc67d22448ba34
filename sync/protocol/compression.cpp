#include "compression.h"

#include "jsonfields.h"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <memory>

namespace jiujin::protocol {

namespace {

using json::invalid;

struct InflateEnd
{
    void operator()(z_stream *s) const
    {
        inflateEnd(s);
        delete s;
    }
};

struct CompressorFree
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

constexpr int gzipWindowBits = 15 + 16; // zlib: 16 added selects the gzip wrapper
// zlib counts in uInt; feed larger buffers in pieces.
constexpr qsizetype zChunk = 1 << 20;

} // namespace

QByteArray gzip(QByteArrayView data)
{
    // libdeflate's fastest level, on the whole body at once: a body is mostly base64 of sealed
    // bytes, which no level shrinks much below 3/4. On a drain's batches it takes ~35 % of the
    // CPU of zlib's level 1 and gives ~3 % fewer bytes (zlib's default level 6: ~2.5 times level
    // 1's CPU for ~2 % fewer bytes; DESIGN §6b). Only the kiosk compresses (its request bodies).
    constexpr int level = 1;
    std::unique_ptr<libdeflate_compressor, CompressorFree> compressor(
        libdeflate_alloc_compressor(level));
    if (!compressor)
        return {};
    const size_t bound = libdeflate_gzip_compress_bound(compressor.get(), size_t(data.size()));
    QByteArray out(qsizetype(bound), Qt::Uninitialized);
    const size_t written = libdeflate_gzip_compress(compressor.get(), data.data(),
                                                    size_t(data.size()), out.data(), bound);
    if (written == 0)
        return {};
    out.truncate(qsizetype(written));
    out.squeeze(); // a 4 MB batch's bound is given back once its ~2.6 MB are known
    return out;
}

Result<QByteArray> gunzip(QByteArrayView data, qsizetype maxOutput)
{
    if (maxOutput < 0)
        return invalid(QStringLiteral("gzip"), "negative output bound");
    std::unique_ptr<z_stream, InflateEnd> stream;
    {
        auto *s = new z_stream{};
        if (inflateInit2(s, gzipWindowBits) != Z_OK) {
            delete s;
            return Error{Error::Io, QStringLiteral("gzip: zlib failed to start")};
        }
        stream.reset(s);
    }
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qsizetype offset = 0;
    while (true) {
        if (stream->avail_in == 0 && offset < data.size()) {
            const qsizetype chunk = std::min(zChunk, data.size() - offset);
            stream->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + offset));
            stream->avail_in = uInt(chunk);
            offset += chunk;
        }
        stream->next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream->avail_out = uInt(buffer.size());
        const int rc = inflate(stream.get(), Z_NO_FLUSH);
        const qsizetype produced = buffer.size() - qsizetype(stream->avail_out);
        // Checked before appending: a bomb never costs more than maxOutput plus one buffer.
        if (produced > maxOutput - out.size())
            return Error{Error::Full, QStringLiteral("gzip: inflated body too large")};
        out.append(buffer.constData(), produced);
        if (rc == Z_STREAM_END) {
            if (stream->avail_in != 0 || offset < data.size())
                return invalid(QStringLiteral("gzip"), "data after the gzip member");
            return out;
        }
        // Input is refilled before every call, so no progress means the member ended early.
        if (rc == Z_BUF_ERROR)
            return invalid(QStringLiteral("gzip"), stream->avail_in == 0 ? "truncated" : "corrupt");
        if (rc != Z_OK)
            return invalid(QStringLiteral("gzip"), "corrupt");
    }
}

} // namespace jiujin::protocol
