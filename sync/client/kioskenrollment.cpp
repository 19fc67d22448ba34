#include "kioskenrollment.h"

#include "cataloguestore.h"
#include "database.h"
#include "deviceconfig.h"
#include "devicecsr.h"
#include "keys.h"
#include "keysdir.h"
#include "syncclient.h"
#include "uniquefd.h"
#include "wire.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

Bio memBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

/** The device's P-256 TLS key: the one already in the folder when it is this device's own (so a
 *  re-run sends the same CSR), or a new one; never a key file someone else left there. */
Result<Pkey> tlsKey(const KeysDir &keys)
{
    const QString name = QLatin1String(keyfile::tlsKey);
    auto pem = keys.read(name);
    if (pem) {
        auto bio = memBio(pem.value());
        Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
        pem.value().fill('\0');
        if (!key || !EVP_PKEY_is_a(key.get(), "EC"))
            return Error{
                Error::Corrupt,
                QStringLiteral("%1 is not a P-256 private key; move it away and enroll again")
                    .arg(keys.file(name))};
        return key;
    }
    if (pem.error().code != Error::NotFound)
        return pem.error();
    Pkey key(EVP_EC_gen("P-256"));
    if (!key)
        return Error{Error::Io, QStringLiteral("cannot make a P-256 key")};
    Bio out(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return Error{Error::Io, QStringLiteral("cannot write the P-256 key")};
    QByteArray bytes = bioBytes(out.get());
    auto written = keys.write(name, bytes, KeysDir::Write::NoReplace);
    bytes.fill('\0');
    if (!written)
        return written.error();
    return key;
}

/** The signing key in the folder (its own suite), or a new one of @p suite when there is none
 *  (@p made then says so). An existing signing key is never replaced: it may be the one central
 *  already holds for this device. */
Result<protocol::Key> signingKey(const KeysDir &keys, protocol::Suite suite, bool *made)
{
    const QString name = QLatin1String(keyfile::signingKey);
    *made = false;
    auto pem = keys.read(name);
    if (pem) {
        auto key = protocol::Key::fromPem(pem.value());
        pem.value().fill('\0');
        if (!key || !key->hasPrivate() || !key->canSign())
            return Error{Error::Corrupt,
                         QStringLiteral("%1 is not a signing key; it is never overwritten: move it "
                                        "away and enroll again with a new token")
                             .arg(keys.file(name))};
        return key;
    }
    if (pem.error().code != Error::NotFound)
        return pem.error();
    auto key = protocol::Key::generateSigning(suite);
    if (!key)
        return key.error();
    QByteArray bytes = key->privatePem();
    auto written = keys.write(name, bytes, KeysDir::Write::NoReplace);
    bytes.fill('\0');
    if (!written)
        return written.error();
    *made = true;
    return key;
}

X509Ptr parseCert(const QByteArray &pem)
{
    auto bio = memBio(pem);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

Result<void> writePrivateFile(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    return KeysDir(info.absolutePath(), expectedKeysOwner())
        .write(info.fileName(), data, KeysDir::Write::Replace);
}

Result<Enrolled> KioskEnrollment::enroll(const EnrollOptions &o)
{
    const QUrl url(o.gateway);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return Error{Error::Invalid,
                     QStringLiteral("the gateway is an https://host[:port] address")};
    for (const QString &pin : o.pins) {
        if (!pin.startsWith(QLatin1String("sha256//")) ||
            QByteArray::fromBase64(pin.mid(8).toLatin1()).size() != 32)
            return Error{
                Error::Invalid,
                QStringLiteral(
                    "a pin is sha256// and the base64 SHA-256 of the gateway's public key")};
    }
    if (o.token.trimmed().isEmpty())
        return Error{Error::Invalid, QStringLiteral("the enrollment token is empty")};

    const QDir dir(o.keysDir);
    const KeysDir keys(dir.absolutePath(), o.owner);
    // Only a folder nobody else can have prepared holds the keys (see KeysDir).
    if (auto r = keys.ensure(); !r)
        return Error{r.error().code, QStringLiteral("keys folder refused: ") + r.error().message};
    auto tls = tlsKey(keys);
    if (!tls)
        return tls.error();
    auto csr = devicecsr::make(tls->get());
    if (!csr)
        return csr.error();

    TlsSettings settings;
    settings.gateway = o.gateway.endsWith(QLatin1Char('/')) ? o.gateway.chopped(1) : o.gateway;
    settings.pins = o.pins;
    // No CA is known before enrollment: with pins the pinned key is what authenticates the server;
    // without, the server must prove itself through the system store.
    settings.verifyPeer = o.pins.isEmpty();
    SyncClient client(settings);
    // The token fixes the service point's suite, which the kiosk cannot know beforehand: a signing
    // key of the other suite is refused (the token is not used up), so the other one is tried once.
    protocol::Suite suite = o.suite;
    Result<protocol::Key> signing = Error{Error::Invalid, QString()};
    Result<HttpReply> reply = Error{Error::Io, QString()};
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool made = false;
        signing = signingKey(keys, suite, &made);
        if (!signing)
            return signing.error();
        suite = signing->suite();
        const QByteArray body = protocol::encode(
            protocol::EnrollRequest{o.token.trimmed(), csr.value(), signing->publicPem()});
        reply = client.post("/v1/enroll", body, false);
        if (!reply || reply->status != 400 || !reply->body.contains("signing_key"))
            break;
        if (!made)
            return Error{Error::Invalid,
                         QStringLiteral("the service point does not use the %1 suite of the "
                                        "signing key in %2, and an existing signing key is never "
                                        "replaced: move it away and enroll again")
                             .arg(protocol::suiteName(suite), keys.path())};
        // A key made by this run and refused (the token is not used up): the other suite's.
        if (auto r = keys.remove(QLatin1String(keyfile::signingKey)); !r)
            return r.error();
        suite = suite == protocol::Suite::Gm ? protocol::Suite::Intl : protocol::Suite::Gm;
    }
    if (!reply) {
        if (o.pins.isEmpty())
            return Error{reply.error().code,
                         reply.error().message +
                             QStringLiteral(" (give the gateway's key with --pin sha256//...)")};
        return reply.error();
    }
    if (reply->status == 403)
        return Error{Error::Invalid,
                     QStringLiteral("the gateway refused the token (unknown, used or expired)")};
    if (reply->status == 409 && reply->body.contains("signing_key"))
        return Error{Error::Invalid,
                     QStringLiteral("the gateway enrolled this token with another signing key: "
                                    "%1 is not the key it was first enrolled with. Put that key "
                                    "back, or enroll with a new token and an empty keys folder")
                         .arg(keys.file(QLatin1String(keyfile::signingKey)))};
    if (reply->status != 200)
        return Error{Error::Io, QStringLiteral("the gateway answered HTTP %1").arg(reply->status)};
    auto answer = protocol::decodeEnrollResponse(reply->body);
    if (!answer)
        return Error{Error::Invalid,
                     QStringLiteral("unreadable enrollment answer: ") + answer.error().message};
    const protocol::EnrollResponse &a = answer.value();

    if (a.suite != protocol::suiteName(suite))
        return Error{
            Error::Invalid,
            QStringLiteral("this service point uses the %1 suite; enroll again with --suite %1")
                .arg(a.suite)};
    X509Ptr cert = parseCert(a.certificatePem);
    X509Ptr ca = parseCert(a.caPem);
    if (!cert || !ca)
        return Error{Error::Invalid, QStringLiteral("the gateway sent an unreadable certificate")};
    if (X509_check_private_key(cert.get(), tls->get()) != 1)
        return Error{Error::Invalid,
                     QStringLiteral("the certificate is not for this device's key")};
    if (X509_verify(cert.get(), X509_get0_pubkey(ca.get())) != 1)
        return Error{Error::Invalid,
                     QStringLiteral("the certificate is not issued by the gateway's CA")};
    if (devicecsr::commonName(cert.get()) != a.deviceId)
        return Error{Error::Invalid, QStringLiteral("the certificate does not name the device id")};
    auto central = protocol::Key::fromPem(a.centralKeyPem);
    if (!central || !central->canSeal() || protocol::suiteName(central->suite()) != a.suite)
        return Error{
            Error::Invalid,
            QStringLiteral("central's encryption key is unusable for the %1 suite").arg(a.suite)};
    auto receipt = protocol::Key::fromPem(a.receiptKeyPem);
    if (!receipt || !receipt->canSign())
        return Error{Error::Invalid, QStringLiteral("central's receipt key is unusable")};

    if (auto r = keys.write(QLatin1String(keyfile::certificate), a.certificatePem,
                            KeysDir::Write::Replace);
        !r)
        return r.error();
    if (auto r = keys.write(QLatin1String(keyfile::ca), a.caPem, KeysDir::Write::Replace); !r)
        return r.error();
    // Written by root (jiujinctl run with sudo), they must still be readable by jiujin-syncd only.
    if (auto r = secureKeysDir(dir.absolutePath()); !r)
        return r.error();

    CatalogueStore store(m_db);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QList<QPair<const char *, QString>> values = {
        {syncsetting::deviceId, a.deviceId},
        {syncsetting::gateway, settings.gateway},
        {syncsetting::pins, o.pins.join(QLatin1Char(';'))},
        {syncsetting::suite, a.suite},
        {syncsetting::point, a.point},
        {syncsetting::keysDir, dir.absolutePath()},
        {syncsetting::centralKey, QString::fromLatin1(central->publicPem())},
        {syncsetting::receiptKey, QString::fromLatin1(receipt->publicPem())},
        {syncsetting::clockOffset,
         QString::number(reply->date.isValid() ? QDateTime::currentDateTimeUtc().secsTo(reply->date)
                                               : 0)},
    };
    for (const auto &[key, value] : values) {
        if (auto r = store.setSetting(QLatin1String(key), value); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcSync) << "enrolled as device" << a.deviceId << "suite" << a.suite;
    return Enrolled{a.deviceId, a.point, a.suite};
}

} // namespace jiujin
