#include "compression.h"

#include "jsonfields.h"

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

struct DeflateEnd
{
    void operator()(z_stream *s) const
    {
        deflateEnd(s);
        delete s;
    }
};

constexpr int gzipWindowBits = 15 + 16; // zlib: 16 added selects the gzip wrapper
// zlib counts in uInt; feed larger buffers in pieces.
constexpr qsizetype zChunk = 1 << 20;

} // namespace

QByteArray gzip(QByteArrayView data)
{
    // zlib's fastest level: a body is mostly base64 of sealed bytes, which no level shrinks much
    // below 3/4, and the default (6) took ~2.5 times the CPU of level 1 for ~2% fewer bytes on a
    // drain's batches (DESIGN §6b). Only the kiosk compresses (its request bodies).
    constexpr int level = 1;
    std::unique_ptr<z_stream, DeflateEnd> stream;
    {
        auto *s = new z_stream{};
        if (deflateInit2(s, level, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            delete s;
            return {};
        }
        stream.reset(s);
    }
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qsizetype offset = 0;
    int rc = Z_OK;
    do {
        const qsizetype chunk = std::min(zChunk, data.size() - offset);
        stream->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + offset));
        stream->avail_in = uInt(chunk);
        const bool last = offset + chunk == data.size();
        do {
            stream->next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream->avail_out = uInt(buffer.size());
            rc = deflate(stream.get(), last ? Z_FINISH : Z_NO_FLUSH);
            if (rc == Z_STREAM_ERROR)
                return {};
            out.append(buffer.constData(), buffer.size() - qsizetype(stream->avail_out));
        } while (stream->avail_out == 0);
        offset += chunk;
    } while (offset < data.size());
    return rc == Z_STREAM_END ? out : QByteArray();
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
