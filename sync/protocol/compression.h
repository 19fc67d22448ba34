#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>

// Content-Encoding: gzip for sync protocol bodies (PROTOCOL.md): the kiosk compresses what it
// sends, central inflates it within maxBodyBytes (protocollimits.h).
namespace jiujin::protocol {

/** A gzip (RFC 1952) member of @p data, for Content-Encoding: gzip; empty only if zlib fails. */
QByteArray gzip(QByteArrayView data);
/** The inflated bytes of exactly one gzip member (nothing may follow it). Error::Full when the
 *  output would exceed @p maxOutput bytes (zip bombs: decompression stops there), Error::Invalid
 *  for anything that is not a complete, intact gzip member. */
Result<QByteArray> gunzip(QByteArrayView data, qsizetype maxOutput);

} // namespace jiujin::protocol
