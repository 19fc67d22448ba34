#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace jiujin::protocol {

/** The two crypto suites a kiosk can be configured with by central (DESIGN §6). */
enum class Suite {
    Intl, ///< X25519, HKDF-SHA256, AES-256-GCM, Ed25519, SHA-256
    Gm,   ///< 国密: SM2, SM3, SM4 (CTR + HMAC-SM3, since OpenSSL 3.0 has no SM4-GCM)
};

/** "intl" or "gm": the name used in configuration and on the wire. */
QString suiteName(Suite suite);
/** The suite named @p name (exact, lower-case), or nullopt. */
std::optional<Suite> suiteFromName(QStringView name);

/** The suite's hash of @p data: SHA-256 (intl) or SM3 (gm), 32 raw bytes. */
QByteArray digest(Suite suite, QByteArrayView data);

} // namespace jiujin::protocol
