#include "identitykeeper.h"

#include "deviceconfig.h"
#include "devicecsr.h"
#include "keys.h"
#include "keysdir.h"
#include "renewal.h"
#include "syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace jiujin {

namespace {

template <typename T, void (*F)(T *)> struct Free
{
    void operator()(T *p) const { F(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
using Bio = std::unique_ptr<BIO, Free<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Free<X509, X509_free>>;

/** Certificates are valid from a day before they are issued (PROTOCOL.md). */
constexpr qint64 backdateS = 86400;

Bio memBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

X509Ptr parseCert(const QByteArray &pem)
{
    auto bio = memBio(pem);
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Pkey parseKey(const QByteArray &pem)
{
    auto bio = memBio(pem);
    return Pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

QDateTime asn1Time(const ASN1_TIME *t)
{
    struct tm tm
    {
    };
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

bool matches(const QByteArray &certPem, const QByteArray &keyPem)
{
    X509Ptr cert = parseCert(certPem);
    Pkey key = parseKey(keyPem);
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

QString refusal(const HttpReply &r)
{
    const QString word =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString().left(40);
    return QStringLiteral("HTTP %1%2")
        .arg(r.status)
        .arg(word.isEmpty() ? QString() : QLatin1Char(' ') + word);
}

} // namespace

IdentityKeeper::IdentityKeeper(SyncEngine &engine, Clock clock)
    : m_engine(engine), m_clock(std::move(clock))
{
}

std::optional<QDateTime> IdentityKeeper::renewAt(const QByteArray &certificatePem)
{
    X509Ptr cert = parseCert(certificatePem);
    if (!cert)
        return std::nullopt;
    const QDateTime notBefore = asn1Time(X509_get0_notBefore(cert.get()));
    const QDateTime notAfter = asn1Time(X509_get0_notAfter(cert.get()));
    if (!notBefore.isValid() || !notAfter.isValid() || notAfter <= notBefore)
        return std::nullopt;
    const QDateTime issued = qMin(notBefore.addSecs(backdateS), notAfter);
    return issued.addSecs(issued.secsTo(notAfter) * 2 / 3);
}

QDateTime IdentityKeeper::centralNow() const
{
    return m_clock().addSecs(m_engine.config().clockOffsetS);
}

Result<void> IdentityKeeper::recover(const QString &keysDir)
{
    const KeysDir keys(keysDir, expectedKeysOwner());
    const QString nextCert = QLatin1String(keyfile::nextCertificate);
    const QString nextKey = QLatin1String(keyfile::nextTlsKey);
    const QString key = QLatin1String(keyfile::tlsKey);
    const QString cert = QLatin1String(keyfile::certificate);
    auto certPem = keys.read(nextCert);
    if (!certPem) {
        if (certPem.error().code != Error::NotFound)
            (void)keys.remove(nextCert); // not ours: never used
        // A next key alone is the start of a renewal that got no answer: kept for the next try
        // unless it is not this device's own.
        if (auto k = keys.checkFile(nextKey); !k && k.error().code != Error::NotFound)
            return keys.remove(nextKey);
        return {};
    }
    if (auto k = keys.read(nextKey); k) {
        // Both written, neither switched: switch now (key first, then certificate).
        if (!matches(certPem.value(), k.value())) {
            (void)keys.remove(nextCert);
            return keys.remove(nextKey);
        }
        if (auto r = keys.rename(nextKey, key); !r)
            return r;
    }
    // The key was switched, the certificate not yet.
    auto inUse = keys.read(key);
    if (!inUse)
        return inUse.error();
    if (!matches(certPem.value(), inUse.value()))
        return keys.remove(nextCert);
    qCInfo(lcSync) << "finishing a certificate renewal that was interrupted";
    return keys.rename(nextCert, cert);
}

Result<bool> IdentityKeeper::renewIfDue()
{
    m_engine.reloadPins();
    const DeviceConfig &config = m_engine.config();
    if (auto r = recover(config.keysDir); !r)
        return r.error();
    const KeysDir keys(config.keysDir, expectedKeysOwner());
    auto pem = keys.read(QLatin1String(keyfile::certificate));
    if (!pem)
        return pem.error();
    const auto due = renewAt(pem.value());
    if (!due)
        return Error{Error::Corrupt, QStringLiteral("device.crt does not parse")};
    if (centralNow() < *due)
        return false;
    if (m_retryAt.isValid() && m_clock() < m_retryAt)
        return false;
    if (auto r = renew(); !r) {
        const qint64 wait = qMin<qint64>(maxRetryS, firstRetryS << qMin(m_failures, 20));
        ++m_failures;
        m_retryAt = m_clock().addSecs(wait);
        qCWarning(lcSync) << "certificate renewal failed:" << r.error().message << "- next try in"
                          << wait << "s";
        return r.error();
    }
    m_failures = 0;
    m_retryAt = {};
    return true;
}

Result<void> IdentityKeeper::renew()
{
    const DeviceConfig &config = m_engine.config();
    const KeysDir keys(config.keysDir, expectedKeysOwner());
    const QString nextKeyName = QLatin1String(keyfile::nextTlsKey);

    // The next key: the one a try without an answer left, else a new one, durable before asking.
    Pkey next;
    if (auto pem = keys.read(nextKeyName); pem) {
        next = parseKey(pem.value());
        pem.value().fill('\0');
    }
    if (!next || !EVP_PKEY_is_a(next.get(), "EC")) {
        if (auto r = keys.remove(nextKeyName); !r)
            return r;
        next.reset(EVP_EC_gen("P-256"));
        Bio out(BIO_new(BIO_s_mem()));
        if (!next || !out ||
            !PEM_write_bio_PrivateKey(out.get(), next.get(), nullptr, nullptr, 0, nullptr, nullptr))
            return Error{Error::Io, QStringLiteral("cannot make a P-256 key")};
        QByteArray bytes = bioBytes(out.get());
        auto written = keys.write(nextKeyName, bytes, KeysDir::Write::NoReplace);
        bytes.fill('\0');
        if (!written)
            return written;
    }
    auto csr = devicecsr::make(next.get());
    if (!csr)
        return csr.error();

    auto reply = m_engine.send({"POST",
                                "/v1/renew",
                                protocol::encode(protocol::RenewRequest{csr.value()}),
                                "application/json",
                                true,
                                {}});
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return Error{SyncEngine::statusCode(reply->status),
                     QStringLiteral("renewal refused: ") + refusal(reply.value())};
    auto answer = protocol::decodeRenewResponse(reply->body);
    if (!answer)
        return Error{Error::Invalid,
                     QStringLiteral("unreadable renewal answer: ") + answer.error().message};

    // Checked before anything changes: the new certificate is this key's, central's CA's, this
    // device's, and ends no earlier than the one in use.
    X509Ptr cert = parseCert(answer->certificatePem);
    auto caPem = keys.read(QLatin1String(keyfile::ca));
    auto currentPem = keys.read(QLatin1String(keyfile::certificate));
    if (!caPem)
        return caPem.error();
    if (!currentPem)
        return currentPem.error();
    X509Ptr ca = parseCert(caPem.value());
    X509Ptr current = parseCert(currentPem.value());
    if (!cert || !ca || !current)
        return Error{Error::Invalid, QStringLiteral("the renewed certificate does not parse")};
    if (X509_check_private_key(cert.get(), next.get()) != 1)
        return Error{Error::Invalid,
                     QStringLiteral("the renewed certificate is not for the new key")};
    if (X509_verify(cert.get(), X509_get0_pubkey(ca.get())) != 1)
        return Error{Error::Invalid,
                     QStringLiteral("the renewed certificate is not issued by the gateway's CA")};
    if (devicecsr::commonName(cert.get()) != config.deviceId)
        return Error{Error::Invalid,
                     QStringLiteral("the renewed certificate names another device")};
    if (asn1Time(X509_get0_notAfter(cert.get())) < asn1Time(X509_get0_notAfter(current.get())))
        return Error{Error::Invalid,
                     QStringLiteral("the renewed certificate ends before the one in use")};

    if (auto r = keys.write(QLatin1String(keyfile::nextCertificate), answer->certificatePem,
                            KeysDir::Write::Replace);
        !r)
        return r;
    if (auto r = recover(config.keysDir); !r)
        return r;
    if (auto r = keys.checkFile(QLatin1String(keyfile::nextCertificate));
        r || r.error().code != Error::NotFound)
        return Error{Error::Io, QStringLiteral("the renewed certificate was not switched in")};
    m_engine.reloadIdentity();
    qCInfo(lcSync) << "certificate renewed for device" << config.deviceId << "until"
                   << asn1Time(X509_get0_notAfter(cert.get())).toString(Qt::ISODate);
    return {};
}

Result<QStringList> IdentityKeeper::refreshPins(bool force)
{
    const QDateTime now = m_clock();
    if (!force && m_pinsAt.isValid() && m_pinsAt.secsTo(now) < pinsIntervalS)
        return m_engine.config().pins;
    auto reply = m_engine.send({"GET", "/v1/pins", {}, "application/json", false, {}});
    if (!reply)
        return reply.error();
    m_pinsAt = now;
    if (reply->status == 404) // a central that announces no pins: keep ours
        return m_engine.config().pins;
    if (reply->status != 200)
        return Error{SyncEngine::statusCode(reply->status),
                     QStringLiteral("pins: ") + refusal(reply.value())};
    auto announced = protocol::openPinAnnouncement(m_engine.receiptKey(), reply->body);
    if (!announced)
        return announced.error();
    if (announced->pins != m_engine.config().pins) {
        if (auto r = m_engine.setPins(announced->pins); !r)
            return r.error();
        qCInfo(lcSync) << "central's pins are now" << announced->pins.join(QLatin1Char(' '));
    }
    return announced->pins;
}

} // namespace jiujin
