#include "requestsigning.h"

#include "protocollimits.h"
#include "suite.h"

#include <openssl/rand.h>

#include <optional>

namespace jiujin::protocol {

namespace {

constexpr qsizetype nonceBytes = 16;

// A field holding '\n' could move the boundaries of the canonical string, so that one signature
// would cover another request.
bool isHeaderText(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > maxSignedHeaderBytes)
        return false;
    for (char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

// Canonical decimal only (no sign, no leading zeros): the signed text is the header as sent.
std::optional<qint64> parseCreated(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 18 || (v.size() > 1 && v[0] == '0'))
        return std::nullopt;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

bool isNonce(QByteArrayView v)
{
    const QByteArray text = v.toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == nonceBytes &&
           decoded.decoded.toBase64(QByteArray::Base64UrlEncoding |
                                    QByteArray::OmitTrailingEquals) == text;
}

} // namespace

QList<QByteArray> SignedHeaders::lines() const
{
    return {"X-JJ-Device: " + device, "X-JJ-Created: " + created, "X-JJ-Nonce: " + nonce,
            "Content-Digest: " + contentDigest, "X-JJ-Signature: " + signature};
}

QByteArray contentDigest(QByteArrayView body)
{
    return QByteArrayLiteral("sha-256=:") + digest(Suite::Intl, body).toBase64() + ':';
}

QByteArray canonicalString(QByteArrayView method, QByteArrayView pathAndQuery,
                           const SignedHeaders &h)
{
    QByteArray out = QByteArrayLiteral("jiujin-v1\n");
    out += method.toByteArray().toUpper();
    out += '\n';
    out += pathAndQuery;
    out += '\n';
    out += h.device;
    out += '\n';
    out += h.created;
    out += '\n';
    out += h.nonce;
    out += '\n';
    out += h.contentDigest;
    return out;
}

Result<SignedHeaders> signRequest(const Key &signingKey, const QString &deviceId,
                                  QByteArrayView method, QByteArrayView pathAndQuery,
                                  QByteArrayView body, qint64 createdUnix)
{
    if (!signingKey.canSign() || !signingKey.hasPrivate())
        return Error{Error::Invalid, QStringLiteral("signing key: not a private signing key")};
    SignedHeaders h;
    h.device = deviceId.toUtf8();
    if (!isHeaderText(h.device))
        return Error{Error::Invalid, QStringLiteral("device id: empty or not header text")};
    if (createdUnix < 0)
        return Error{Error::Invalid, QStringLiteral("created: before 1970")};
    h.created = QByteArray::number(createdUnix);

    QByteArray nonce(nonceBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), int(nonce.size())) != 1)
        return Error{Error::Io, QStringLiteral("nonce: no random bytes")};
    h.nonce = nonce.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    h.contentDigest = contentDigest(body);

    auto signature = sign(signingKey, canonicalString(method, pathAndQuery, h));
    if (!signature)
        return signature.error();
    h.signature = signature.value().toBase64();
    return h;
}

QByteArray refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::Stale:
        return QByteArrayLiteral("stale");
    case Refusal::Replay:
        return QByteArrayLiteral("replay");
    case Refusal::Signature:
        return QByteArrayLiteral("signature");
    case Refusal::Device:
        return QByteArrayLiteral("device");
    }
    return {};
}

Refusal checkRequest(const Key &signingPublicKey, QByteArrayView method,
                     QByteArrayView pathAndQuery, QByteArrayView body, const SignedHeaders &h,
                     qint64 nowUnix)
{
    if (!isHeaderText(h.device))
        return Refusal::Device;
    const auto created = parseCreated(h.created);
    if (!created)
        return Refusal::Signature;
    // Written without subtraction of the two so that no value overflows.
    if (*created > nowUnix + maxClockSkewSeconds || *created < nowUnix - maxClockSkewSeconds)
        return Refusal::Stale;
    if (!isNonce(h.nonce) || !isHeaderText(method) || !isHeaderText(pathAndQuery))
        return Refusal::Signature;
    if (h.contentDigest != contentDigest(body))
        return Refusal::Signature;
    if (!signingPublicKey.canSign())
        return Refusal::Signature;
    auto signature =
        QByteArray::fromBase64Encoding(h.signature, QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.isEmpty() || signature.decoded.toBase64() != h.signature)
        return Refusal::Signature;
    if (!verify(signingPublicKey, canonicalString(method, pathAndQuery, h), signature.decoded))
        return Refusal::Signature;
    return Refusal::None;
}

} // namespace jiujin::protocol
