#include "renewal.h"

#include "jsonfields.h"
#include "keys.h"
#include "protocollimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace jiujin::protocol {

namespace {

using json::invalid;

constexpr qsizetype maxPinText = 1024; // two pins and a time
const char pinContext[] = "jiujin-pins-v1\n";

Result<QByteArray> pem(const QJsonObject &o, const char *key, const char *armour)
{
    auto text = json::string(o, key, QLatin1String(key), maxPemBytes);
    if (!text)
        return text.error();
    const QByteArray bytes = text->toLatin1();
    if (QString::fromLatin1(bytes) != text.value() ||
        !bytes.startsWith(QByteArray("-----BEGIN ") + armour + "-----"))
        return invalid(QLatin1String(key), "not PEM of the expected kind");
    return bytes;
}

} // namespace

QByteArray encode(const RenewRequest &request)
{
    return json::compact({{QStringLiteral("csr"), QString::fromLatin1(request.csrPem)}});
}

Result<RenewRequest> decodeRenewRequest(QByteArrayView body)
{
    auto o = json::parseObject(body, maxSmallBodyBytes);
    if (!o)
        return o.error();
    auto csr = pem(o.value(), "csr", "CERTIFICATE REQUEST");
    if (!csr)
        return csr.error();
    return RenewRequest{csr.value()};
}

QByteArray encode(const RenewResponse &response)
{
    return json::compact(
        {{QStringLiteral("certificate"), QString::fromLatin1(response.certificatePem)},
         {QStringLiteral("ca"), QString::fromLatin1(response.caPem)}});
}

Result<RenewResponse> decodeRenewResponse(QByteArrayView body)
{
    auto o = json::parseObject(body, maxSmallBodyBytes);
    if (!o)
        return o.error();
    auto cert = pem(o.value(), "certificate", "CERTIFICATE");
    if (!cert)
        return cert.error();
    auto ca = pem(o.value(), "ca", "CERTIFICATE");
    if (!ca)
        return ca.error();
    return RenewResponse{cert.value(), ca.value()};
}

bool isPin(QByteArrayView pin)
{
    if (!pin.startsWith("sha256//"))
        return false;
    const QByteArray b64 = pin.sliced(8).toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32 && decoded.decoded.toBase64() == b64;
}

Result<QByteArray> signPinAnnouncement(const Key &receiptKey, const PinAnnouncement &a)
{
    const QByteArray text =
        json::compact({{QStringLiteral("pins"), QJsonArray::fromStringList(a.pins)},
                       {QStringLiteral("issued_at"), a.issuedAt.toUTC().toString(Qt::ISODate)}});
    auto signature = sign(receiptKey, QByteArray(pinContext) + text);
    if (!signature)
        return signature.error();
    return json::compact(
        {{QStringLiteral("pins"), QString::fromUtf8(text)},
         {QStringLiteral("signature"), QString::fromLatin1(signature->toBase64())}});
}

Result<PinAnnouncement> openPinAnnouncement(const Key &receiptKey, QByteArrayView body)
{
    auto outer = json::parseObject(body, maxSmallBodyBytes);
    if (!outer)
        return outer.error();
    auto text = json::signedText(outer.value(), "pins", maxPinText);
    if (!text)
        return text.error();
    auto sig = json::signature(outer.value(), maxSignatureBytes);
    if (!sig)
        return sig.error();
    if (!verify(receiptKey, QByteArray(pinContext) + text.value(), sig.value()))
        return Error{Error::Corrupt, QStringLiteral("pins: central's signature does not verify")};
    auto inner = json::parseObject(text.value(), maxPinText, QStringLiteral("pins"));
    if (!inner)
        return inner.error();
    PinAnnouncement a;
    const QJsonValue list = inner->value(QLatin1String("pins"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > maxPins)
        return invalid(QStringLiteral("pins.pins"), "not a list of 1 or 2 pins");
    QSet<QString> seen;
    for (const QJsonValue &v : list.toArray()) {
        const QString pin = v.toString();
        if (!v.isString() || !isPin(pin.toLatin1()) || seen.contains(pin))
            return invalid(QStringLiteral("pins.pins"), "not distinct sha256// pins");
        seen.insert(pin);
        a.pins.append(pin);
    }
    auto issued = json::string(inner.value(), "issued_at", QStringLiteral("pins.issued_at"), 40);
    if (!issued)
        return issued.error();
    a.issuedAt = QDateTime::fromString(issued.value(), Qt::ISODate);
    if (!a.issuedAt.isValid())
        return invalid(QStringLiteral("pins.issued_at"), "not an ISO 8601 time");
    a.issuedAt = a.issuedAt.toUTC();
    return a;
}

} // namespace jiujin::protocol
