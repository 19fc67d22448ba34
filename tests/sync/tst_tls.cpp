// The channel fails closed: every TLS or request-signing refusal leaves the records pending,
// nothing stored that the kiosk does not hold, and the reason in sync.last_error.
#include "attachmentuploader.h"
#include "keys.h"
#include "liveharness.h"
#include "outboxstore.h"
#include "requestsigning.h"
#include "syncclient.h"
#include "wire.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace jiujin;
using namespace live;

namespace {

/** A kiosk enrolled with a fresh gateway, served on a free port. */
struct TlsCase
{
    explicit TlsCase(const QStringList &hosts = {})
        : gw(k.dir.filePath(QStringLiteral("gateway")), hosts)
    {
        gw.start(0);
        k.enroll(gw.url(), gw.token(), gw.pin());
    }
    /** jiujin-syncd --once is refused: exit 3, nothing accepted, all pending. */
    void requireRefused(const char *why)
    {
        QByteArray out;
        const int rc = k.syncd(&out);
        INFO(out.toStdString());
        CHECK(rc == 3);
        CHECK(out.contains("accepted 0,"));
        const QString lastError = k.setting(syncsetting::lastError);
        INFO(lastError.toStdString());
        CHECK(lastError.contains(QLatin1String(why), Qt::CaseInsensitive));
    }
    Kiosk k;
    GatewayProcess gw;
};

} // namespace

TEST_CASE("TLS: another gateway's certificate (another init) is refused by the pin", "[sync-tls]")
{
    TlsCase c;
    GatewayProcess other(c.k.dir.filePath(QStringLiteral("other")));
    other.start(0);
    c.k.queue(3);
    c.k.setGateway(other.url());
    c.requireRefused("certificate");
    CHECK(other.submissions().isEmpty());
    requireExactlyOnce(c.k, c.gw, false);
    CHECK(c.gw.submissions().isEmpty());

    // Back to the right gateway: everything goes, once.
    c.k.setGateway(c.gw.url());
    CHECK(c.k.syncd() == 0);
    requireExactlyOnce(c.k, c.gw, true);
}

TEST_CASE("TLS: a wrong pin is refused before anything is sent", "[sync-tls]")
{
    TlsCase c;
    c.k.queue(3);
    REQUIRE(c.k.store
                ->setSetting(QLatin1String(syncsetting::pins),
                             QStringLiteral("sha256//") +
                                 QString::fromLatin1(QByteArray(32, 'x').toBase64()))
                .ok());
    c.requireRefused("pinned key");
    requireExactlyOnce(c.k, c.gw, false);
    CHECK(c.gw.submissions().isEmpty());
    // The next pin (current;next) is accepted when it is the gateway's.
    REQUIRE(c.k.store
                ->setSetting(QLatin1String(syncsetting::pins),
                             QStringLiteral("sha256//") +
                                 QString::fromLatin1(QByteArray(32, 'y').toBase64()) +
                                 QLatin1Char(';') + c.gw.pin())
                .ok());
    CHECK(c.k.syncd() == 0);
    requireExactlyOnce(c.k, c.gw, true);
}

TEST_CASE("TLS: a server certificate that does not chain to the enrolled CA is refused even with "
          "the right pin",
          "[sync-tls]")
{
    TlsCase c;
    GatewayProcess other(c.k.dir.filePath(QStringLiteral("other")));
    c.k.queue(2);
    // The kiosk now trusts another gateway's CA; the pinned key is still the server's own.
    const QString caFile = QDir(defaultKeysDir(c.k.path())).filePath(QLatin1String(keyfile::ca));
    QFile otherCa(QDir(other.dir()).filePath(QStringLiteral("ca.pem")));
    REQUIRE(otherCa.open(QIODevice::ReadOnly));
    REQUIRE(writePrivateFile(caFile, otherCa.readAll()).ok());
    c.requireRefused("certificate");
    requireExactlyOnce(c.k, c.gw, false);
    CHECK(c.gw.submissions().isEmpty());
}

TEST_CASE("TLS: a server certificate for another host name is refused", "[sync-tls]")
{
    // Enrollment authenticates the server by its pinned key alone (no CA is known yet), so it
    // succeeds; every later connection also checks the name against the enrolled CA's certificate.
    TlsCase c({QStringLiteral("gateway.example")});
    c.k.queue(2);
    c.requireRefused("certificate");
    requireExactlyOnce(c.k, c.gw, false);
    CHECK(c.gw.submissions().isEmpty());
}

namespace {
template <typename T, void (*F)(T *)> struct Free
{
    void operator()(T *p) const { F(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Free<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Free<BIO, BIO_free_all>>;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** A client certificate for @p device's key, issued by the gateway's CA but expired yesterday. */
QByteArray expiredCertificate(const QString &gatewayDir, const QString &keysDir,
                              const QString &device)
{
    const QByteArray caPem = readAll(QDir(gatewayDir).filePath(QStringLiteral("ca.pem")));
    const QByteArray caKeyPem = readAll(QDir(gatewayDir).filePath(QStringLiteral("ca.key")));
    const QByteArray keyPem = readAll(QDir(keysDir).filePath(QLatin1String(keyfile::tlsKey)));
    Bio caBio(BIO_new_mem_buf(caPem.constData(), int(caPem.size())));
    Cert ca(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr));
    Bio caKeyBio(BIO_new_mem_buf(caKeyPem.constData(), int(caKeyPem.size())));
    Pkey caKey(PEM_read_bio_PrivateKey(caKeyBio.get(), nullptr, nullptr, nullptr));
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Pkey key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    REQUIRE(ca);
    REQUIRE(caKey);
    REQUIRE(key);
    Cert c(X509_new());
    X509_set_version(c.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(c.get()), 4242);
    X509_gmtime_adj(X509_getm_notBefore(c.get()), -2 * 86400);
    X509_gmtime_adj(X509_getm_notAfter(c.get()), -86400);
    X509_set_pubkey(c.get(), key.get());
    const QByteArray cn = device.toUtf8();
    X509_NAME_add_entry_by_txt(X509_get_subject_name(c.get()), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(c.get(), X509_get_subject_name(ca.get()));
    X509V3_CTX v3;
    X509V3_set_ctx_nodb(&v3);
    X509V3_set_ctx(&v3, ca.get(), c.get(), nullptr, nullptr, 0);
    X509_EXTENSION *eku = X509V3_EXT_conf_nid(nullptr, &v3, NID_ext_key_usage, "clientAuth");
    X509_add_ext(c.get(), eku, -1);
    X509_EXTENSION_free(eku);
    REQUIRE(X509_sign(c.get(), caKey.get(), EVP_sha256()) > 0);
    Bio out(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(out.get(), c.get());
    char *data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, qsizetype(n));
}
} // namespace

TEST_CASE("TLS: an expired client certificate is refused", "[sync-tls]")
{
    TlsCase c;
    c.k.queue(1);
    REQUIRE(c.k.syncd() == 0);
    const QString keys = defaultKeysDir(c.k.path());
    const QString certFile = QDir(keys).filePath(QLatin1String(keyfile::certificate));
    const QByteArray good = readAll(certFile);
    REQUIRE(writePrivateFile(certFile, expiredCertificate(c.gw.dir(), keys, c.k.deviceId)).ok());
    const QStringList uuids = c.k.queue(2);
    QByteArray out;
    CHECK(c.k.syncd(&out) == 3);
    INFO(out.toStdString());
    CHECK(out.contains("accepted 0,"));
    for (const QString &u : uuids)
        CHECK(c.k.state(u) == QLatin1String("pending"));
    requireExactlyOnce(c.k, c.gw, false);
    CHECK(c.gw.submissions().size() == 1);
    // The same key with its valid certificate again: refused for the expiry, nothing else.
    REQUIRE(writePrivateFile(certFile, good).ok());
    CHECK(c.k.syncd() == 0);
    requireExactlyOnce(c.k, c.gw, true);
}

TEST_CASE("TLS: a revoked device is refused; what it delivered before stays", "[sync-tls]")
{
    TlsCase c;
    c.k.queue(2);
    REQUIRE(c.k.syncd() == 0);
    c.gw.revoke(c.k.deviceId);
    const QStringList later = c.k.queue(3);
    c.requireRefused("device");
    for (const QString &u : later)
        CHECK(c.k.state(u) == QLatin1String("pending"));
    requireExactlyOnce(c.k, c.gw, false);
    CHECK(c.gw.submissions().size() == 2);
}

TEST_CASE("Signed requests: a replayed or stale submissions request stores nothing", "[sync-tls]")
{
    // The gateway tests check replay and staleness on heartbeats; here the request is a real
    // batch sent as the kiosk's client sends it, captured and replayed.
    TlsCase c;
    const QStringList uuids = c.k.queue(2);
    auto config = DeviceConfig::load(*c.k.store);
    REQUIRE(config.ok());
    QFile keyFile(config->file(keyfile::signingKey));
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    auto signing = protocol::Key::fromPem(keyFile.readAll());
    REQUIRE(signing.ok());

    protocol::SubmissionBatch batch;
    for (const QString &u : uuids) {
        const auto s = OutboxStore(*c.k.db).sealed(u);
        REQUIRE(s.has_value());
        batch.records.append(
            {s->uuid, s->meta, s->suite, s->keyHeader, s->payload, s->attachments});
    }
    const QByteArray json = protocol::encode(batch);

    TlsSettings tls;
    tls.gateway = config->gateway;
    tls.pins = config->pins;
    tls.caFile = config->file(keyfile::ca);
    tls.certFile = config->file(keyfile::certificate);
    tls.keyFile = config->file(keyfile::tlsKey);
    SyncClient client(tls);
    qint64 created = QDateTime::currentSecsSinceEpoch() + config->clockOffsetS;
    QList<QByteArray> last;
    // Kept for the replay below, and never empty: an unsigned request would prove nothing.
    client.setSigner(
        [&, sign = deviceSigner(signing.value(), config->deviceId, [&] { return created; })](
            const QByteArray &method, const QByteArray &path, const QByteArray &body) {
            last = sign(method, path, body);
            REQUIRE_FALSE(last.isEmpty());
            return last;
        });

    // Stale: created 301 s ago.
    created -= 301;
    auto stale = client.post("/v1/submissions", json);
    REQUIRE(stale.ok());
    CHECK(stale->status == 401);
    CHECK(stale->body.contains("stale"));
    CHECK(c.gw.submissions().isEmpty());
    requireExactlyOnce(c.k, c.gw, false);

    // Replay: a sound request (its attachments uploaded first), then the same signed request
    // again on a new connection.
    created += 301;
    AttachmentUploader uploader([&](const HttpRequest &r) { return client.send(r); });
    for (const QString &u : uuids) {
        const UploadResult up = uploader.upload(u, OutboxStore(*c.k.db).sealed(u)->attachments);
        INFO(up.error.toStdString());
        REQUIRE(up.status == UploadResult::Status::Complete);
    }
    auto first = client.post("/v1/submissions", json);
    REQUIRE(first.ok());
    REQUIRE(first->status == 200);
    const auto stored = c.gw.accepted();
    CHECK(stored.size() == 2);
    SyncClient again(tls);
    again.setSigner(
        [&](const QByteArray &, const QByteArray &, const QByteArray &) { return last; });
    auto replayed = again.post("/v1/submissions", json);
    REQUIRE(replayed.ok());
    CHECK(replayed->status == 401);
    CHECK(replayed->body.contains("replay"));
    CHECK(c.gw.accepted() == stored);

    // The kiosk itself then delivers: the gateway's copies come back as duplicates, so its
    // original receipts are what the kiosk keeps.
    CHECK(c.k.syncd() == 0);
    requireExactlyOnce(c.k, c.gw, true);
}
