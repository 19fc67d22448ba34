#include "enrollmentservice.h"

#include "centralstorage.h"
#include "devicerecords.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "intakerecords.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <openssl/rand.h>

namespace jiujin {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), n) != 1)
        return {};
    return bytes;
}

Error tokenRefused()
{
    return Error{Error::NotFound, QStringLiteral("token")};
}

} // namespace

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

EnrollmentService::EnrollmentService(gateway::CentralStorage &storage, const GatewayKeys &keys,
                                     protocol::Suite defaultSuite)
    : m_storage(storage), m_keys(keys), m_defaultSuite(defaultSuite)
{
}

Result<QString> EnrollmentService::createToken(const QString &point, const QString &suite,
                                               const QDateTime &now)
{
    static const QRegularExpression pointCode(QStringLiteral("^\\d{12}-\\d{2}$"));
    if (!pointCode.match(point).hasMatch())
        return Error{Error::Invalid, QStringLiteral("point: expected NNNNNNNNNNNN-NN")};
    if (!suite.isEmpty() && !protocol::suiteFromName(suite))
        return Error{Error::Invalid, QStringLiteral("suite: expected intl or gm")};
    const QByteArray raw = randomBytes(24);
    if (raw.isEmpty())
        return Error{Error::Io, QStringLiteral("no randomness")};
    const QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    TokenRow row;
    row.hash = tokenHash(token);
    row.point = point;
    row.suite = suite;
    row.createdAt = now;
    row.expiresAt = now.addDays(tokenValidityDays);
    if (auto r = m_storage.devices().insertToken(row); !r)
        return r.error();
    return token;
}

protocol::EnrollResponse EnrollmentService::answerFor(const QString &deviceId)
{
    auto known = m_storage.devices().device(deviceId);
    protocol::EnrollResponse answer;
    if (!known || !known->has_value())
        return answer; // nothing is handed out (a read error included)
    const DeviceRow &device = *known.value();
    const protocol::Suite suite =
        protocol::suiteFromName(device.suite).value_or(protocol::Suite::Intl);
    answer.deviceId = device.id;
    answer.certificatePem = device.certificatePem;
    answer.caPem = m_keys.caPem();
    answer.point = device.point;
    answer.suite = device.suite;
    answer.centralKeyPem = m_keys.centralKey(suite).publicPem();
    answer.receiptKeyPem = m_keys.receiptKey(suite).publicPem();
    return answer;
}

Result<protocol::EnrollResponse> EnrollmentService::enroll(const protocol::EnrollRequest &request,
                                                           const QDateTime &now)
{
    const QString hash = tokenHash(request.token);
    const auto found = m_storage.devices().token(hash);
    if (!found)
        return found.error(); // fail closed: central cannot tell, the kiosk retries later
    const std::optional<TokenRow> &token = found.value();
    if (!token || now > token->expiresAt)
        return tokenRefused();
    const QString csrKey = pki::csrKeyFingerprint(request.csrPem);
    if (csrKey.isEmpty())
        return Error{Error::Invalid, QStringLiteral("csr")};
    if (token->usedAt) {
        // Re-running an enrollment whose answer was lost is safe; another key is not.
        if (token->csrKey != csrKey || token->device.isEmpty())
            return tokenRefused();
        // The same TLS key with another signing key: the answer would name a device whose
        // requests this kiosk can never sign. Refused, so the kiosk says so instead of storing it.
        auto known = m_storage.devices().device(token->device);
        if (!known)
            return known.error();
        auto offered = protocol::Key::fromPem(request.signingKeyPem);
        if (!known->has_value() || !offered || offered->publicPem() != known->value().signingKeyPem)
            return Error{Error::Busy, QStringLiteral("signing_key")};
        return answerFor(token->device);
    }

    const protocol::Suite suite =
        token->suite.isEmpty() ? m_defaultSuite
                               : protocol::suiteFromName(token->suite).value_or(m_defaultSuite);
    auto signingKey = protocol::Key::fromPem(request.signingKeyPem);
    const auto expected = suite == protocol::Suite::Gm ? protocol::Key::Algorithm::Sm2
                                                       : protocol::Key::Algorithm::Ed25519;
    if (!signingKey || signingKey->hasPrivate() || signingKey->algorithm() != expected)
        return Error{Error::Invalid, QStringLiteral("signing_key")};

    const QByteArray raw = randomBytes(8);
    if (raw.isEmpty())
        return Error{Error::Io, QStringLiteral("no randomness")};
    const QString deviceId = QStringLiteral("jj-") + QString::fromLatin1(raw.toHex());
    auto certificate = m_keys.ca().issueDevice(request.csrPem, deviceId, now);
    if (!certificate)
        return Error{Error::Invalid, QStringLiteral("csr")};

    DeviceRow device;
    device.id = deviceId;
    device.point = token->point;
    device.suite = protocol::suiteName(suite);
    device.signingKeyPem = signingKey->publicPem();
    device.certificatePem = certificate.value();
    device.csrKey = csrKey;
    device.enrolledAt = now;
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    if (auto r = m_storage.devices().useToken(hash, deviceId, csrKey, now); !r)
        return r.error().code == Error::Busy ? tokenRefused() : r.error();
    if (auto r = m_storage.devices().insertDevice(device); !r)
        return r.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    qCInfo(lcGateway) << "enrolled device" << deviceId << "for point" << token->point;
    return answerFor(deviceId);
}

} // namespace jiujin
