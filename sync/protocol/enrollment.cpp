#include "enrollment.h"

#include "jsonfields.h"
#include "protocollimits.h"
#include "suite.h"

#include <QJsonObject>

namespace jiujin::protocol {

namespace {

using json::compact;
using json::Fields;
using json::invalid;

// Printable ASCII without spaces: it becomes a certificate CN and an HTTP header value.
bool isDeviceId(const QString &s)
{
    if (s.isEmpty() || s.size() > maxShortText)
        return false;
    for (QChar c : s) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

bool isPointCode(const QString &s)
{
    if (s.size() != 15 || s[12] != u'-')
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i != 12 && (s[i] < u'0' || s[i] > u'9'))
            return false;
    }
    return true;
}

} // namespace

QByteArray encode(const EnrollRequest &request)
{
    return compact(QJsonObject{
        {QStringLiteral("token"), request.token},
        {QStringLiteral("csr"), QString::fromLatin1(request.csrPem)},
        {QStringLiteral("signing_key"), QString::fromLatin1(request.signingKeyPem)},
    });
}

Result<EnrollRequest> decodeEnrollRequest(QByteArrayView json)
{
    auto fields = Fields::ofBody(json, maxSmallBodyBytes);
    if (!fields)
        return fields.error();
    const Fields &f = fields.value();
    EnrollRequest r;
    auto token = f.string("token", maxTokenLength);
    if (!token)
        return token.error();
    r.token = token.value();
    auto csr = f.pem("csr");
    if (!csr)
        return csr.error();
    r.csrPem = csr.value();
    auto signingKey = f.pem("signing_key");
    if (!signingKey)
        return signingKey.error();
    r.signingKeyPem = signingKey.value();
    return r;
}

QByteArray encode(const EnrollResponse &response)
{
    return compact(QJsonObject{
        {QStringLiteral("device_id"), response.deviceId},
        {QStringLiteral("certificate"), QString::fromLatin1(response.certificatePem)},
        {QStringLiteral("ca"), QString::fromLatin1(response.caPem)},
        {QStringLiteral("point"), response.point},
        {QStringLiteral("suite"), response.suite},
        {QStringLiteral("central_key"), QString::fromLatin1(response.centralKeyPem)},
        {QStringLiteral("receipt_key"), QString::fromLatin1(response.receiptKeyPem)},
    });
}

Result<EnrollResponse> decodeEnrollResponse(QByteArrayView json)
{
    auto fields = Fields::ofBody(json, maxSmallBodyBytes);
    if (!fields)
        return fields.error();
    const Fields &f = fields.value();
    EnrollResponse r;

    auto deviceId = f.string("device_id", maxShortText);
    if (!deviceId)
        return deviceId.error();
    if (!isDeviceId(deviceId.value()))
        return invalid(f.path("device_id"), "not printable ASCII without spaces");
    r.deviceId = deviceId.value();

    auto point = f.string("point", maxShortText);
    if (!point)
        return point.error();
    if (!isPointCode(point.value()))
        return invalid(f.path("point"), "not a service point code");
    r.point = point.value();

    auto suite = f.string("suite", maxShortText);
    if (!suite)
        return suite.error();
    if (!suiteFromName(suite.value()))
        return invalid(f.path("suite"), "not intl or gm");
    r.suite = suite.value();

    struct PemField
    {
        const char *key;
        QByteArray EnrollResponse::*member;
    };
    for (const PemField &p : {PemField{"certificate", &EnrollResponse::certificatePem},
                              PemField{"ca", &EnrollResponse::caPem},
                              PemField{"central_key", &EnrollResponse::centralKeyPem},
                              PemField{"receipt_key", &EnrollResponse::receiptKeyPem}}) {
        auto pem = f.pem(p.key);
        if (!pem)
            return pem.error();
        r.*p.member = pem.value();
    }
    return r;
}

} // namespace jiujin::protocol
