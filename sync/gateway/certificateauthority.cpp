#include "certificateauthority.h"

#include "protocollimits.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>

namespace jiujin {

void CertificateAuthority::X509Free::operator()(X509 *x) const
{
    X509_free(x);
}

void CertificateAuthority::PkeyFree::operator()(EVP_PKEY *p) const
{
    EVP_PKEY_free(p);
}

namespace {

using X509Ptr = std::unique_ptr<X509, CertificateAuthority::X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, CertificateAuthority::PkeyFree>;

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

struct ReqFree
{
    void operator()(X509_REQ *r) const { X509_REQ_free(r); }
};
using ReqPtr = std::unique_ptr<X509_REQ, ReqFree>;

struct BnFree
{
    void operator()(BIGNUM *b) const { BN_free(b); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

struct ExtFree
{
    void operator()(X509_EXTENSION *e) const { X509_EXTENSION_free(e); }
};
using ExtPtr = std::unique_ptr<X509_EXTENSION, ExtFree>;

int noPassword(char *, int, int, void *)
{
    return -1;
}

Error cryptoError(const char *what)
{
    ERR_clear_error();
    return Error{Error::Io,
                 QStringLiteral("certificate operation failed: %1").arg(QLatin1String(what))};
}

BioPtr readBio(QByteArrayView pem)
{
    return BioPtr(BIO_new_mem_buf(pem.data(), int(pem.size())));
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, qsizetype(len)) : QByteArray();
}

QByteArray certPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return drain(bio.get());
}

X509Ptr parseCert(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > protocol::maxPemBytes)
        return {};
    BioPtr bio = readBio(pem);
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassword, nullptr) : nullptr);
}

PkeyPtr generateP256()
{
    return PkeyPtr(EVP_EC_gen("P-256"));
}

bool isP256(EVP_PKEY *key)
{
    if (!key || !EVP_PKEY_is_a(key, "EC"))
        return false;
    char group[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &len) != 1)
        return false;
    return QByteArrayView(group, qsizetype(len)) == "prime256v1";
}

QByteArray spkiDer(EVP_PKEY *key)
{
    const int len = i2d_PUBKEY(key, nullptr);
    if (len <= 0)
        return {};
    QByteArray der(len, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(key, &out) != len)
        return {};
    return der;
}

bool setSerial(X509 *cert)
{
    unsigned char raw[16];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return false;
    raw[0] &= 0x7f; // positive, as RFC 5280 requires
    raw[0] |= 0x01; // and never shortened to fewer octets
    BnPtr bn(BN_bin2bn(raw, sizeof raw, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

struct Extension
{
    int nid;
    QByteArray value;
};

/** A certificate for @p subjectKey named @p cn, signed by @p issuerKey (self-signed when
 *  @p issuer is null). */
Result<X509Ptr> build(EVP_PKEY *subjectKey, const QString &cn, X509 *issuer, EVP_PKEY *issuerKey,
                      const QDateTime &notBefore, const QDateTime &notAfter,
                      const QList<Extension> &extensions)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setSerial(cert.get()))
        return cryptoError("new certificate");
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch())))
        return cryptoError("validity");
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cnUtf8 = cn.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cnUtf8.constData()),
                                   int(cnUtf8.size()), -1, 0) != 1)
        return cryptoError("subject");
    if (X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name) != 1 ||
        X509_set_pubkey(cert.get(), subjectKey) != 1)
        return cryptoError("issuer");
    X509 *issuerCert = issuer ? issuer : cert.get();
    for (const Extension &e : extensions)
        if (!addExtension(cert.get(), issuerCert, e.nid, e.value.constData()))
            return cryptoError("extension");
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return cryptoError("sign");
    return cert;
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return drain(bio.get());
}

/** Every certificate is valid from a day before it is issued, so a kiosk (or central) whose clock
 *  is up to a day behind the issuer's can use it at once. */
constexpr int backdateDays = 1;

} // namespace

Result<CertificateAuthority> CertificateAuthority::create(const QDateTime &now)
{
    CertificateAuthority ca;
    ca.m_key = generateP256();
    if (!ca.m_key)
        return cryptoError("CA key");
    auto cert = build(ca.m_key.get(), QStringLiteral("JiuJin device CA"), nullptr, ca.m_key.get(),
                      now.addDays(-backdateDays), now.addYears(20),
                      {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                       {NID_key_usage, "critical,keyCertSign,cRLSign"},
                       {NID_subject_key_identifier, "hash"}});
    if (!cert)
        return cert.error();
    ca.m_cert = std::move(cert.value());
    return ca;
}

Result<CertificateAuthority> CertificateAuthority::load(QByteArrayView certPem,
                                                        QByteArrayView keyPem)
{
    CertificateAuthority ca;
    ca.m_cert = parseCert(certPem);
    if (!ca.m_cert)
        return Error{Error::Corrupt, QStringLiteral("CA certificate does not parse")};
    BioPtr bio = readBio(keyPem);
    ca.m_key.reset(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr)
                       : nullptr);
    if (!ca.m_key || !isP256(ca.m_key.get()))
        return Error{Error::Corrupt, QStringLiteral("CA key does not parse or is not P-256")};
    if (X509_check_private_key(ca.m_cert.get(), ca.m_key.get()) != 1) {
        ERR_clear_error();
        return Error{Error::Invalid, QStringLiteral("CA key does not match its certificate")};
    }
    return ca;
}

QByteArray CertificateAuthority::certificatePem() const
{
    return certPem(m_cert.get());
}

QByteArray CertificateAuthority::privateKeyPem() const
{
    return keyPem(m_key.get());
}

Result<std::pair<QByteArray, QByteArray>>
CertificateAuthority::issueServer(const QStringList &hosts, const QDateTime &now) const
{
    PkeyPtr key = generateP256();
    if (!key)
        return cryptoError("server key");
    QStringList san;
    for (const QString &host : hosts) {
        const QByteArray latin = host.toLatin1();
        unsigned char address[16];
        const bool ip = ::inet_pton(AF_INET, latin.constData(), address) == 1 ||
                        ::inet_pton(AF_INET6, latin.constData(), address) == 1;
        san.append((ip ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host);
    }
    auto cert = build(key.get(), hosts.value(0, QStringLiteral("localhost")), m_cert.get(),
                      m_key.get(), now.addDays(-backdateDays), now.addYears(10),
                      {{NID_basic_constraints, "critical,CA:FALSE"},
                       {NID_key_usage, "critical,digitalSignature"},
                       {NID_ext_key_usage, "serverAuth"},
                       {NID_subject_alt_name, san.join(QLatin1Char(',')).toUtf8()},
                       {NID_authority_key_identifier, "keyid"}});
    if (!cert)
        return cert.error();
    return std::pair{keyPem(key.get()), certPem(cert.value().get())};
}

Result<QByteArray> CertificateAuthority::issueDevice(QByteArrayView csrPem, const QString &deviceId,
                                                     const QDateTime &now) const
{
    if (csrPem.isEmpty() || csrPem.size() > protocol::maxPemBytes)
        return Error{Error::Invalid, QStringLiteral("csr: missing or too large")};
    BioPtr bio = readBio(csrPem);
    ReqPtr req(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, noPassword, nullptr) : nullptr);
    if (!req) {
        ERR_clear_error();
        return Error{Error::Invalid, QStringLiteral("csr: does not parse")};
    }
    EVP_PKEY *key = X509_REQ_get0_pubkey(req.get());
    if (!isP256(key))
        return Error{Error::Invalid, QStringLiteral("csr: key is not P-256")};
    if (X509_REQ_verify(req.get(), key) != 1) {
        ERR_clear_error();
        return Error{Error::Invalid, QStringLiteral("csr: self-signature does not verify")};
    }
    // Only the key is taken from the request: the subject and the extensions are central's.
    auto cert =
        build(key, deviceId, m_cert.get(), m_key.get(), now.addDays(-backdateDays), now.addYears(1),
              {{NID_basic_constraints, "critical,CA:FALSE"},
               {NID_key_usage, "critical,digitalSignature"},
               {NID_ext_key_usage, "clientAuth"},
               {NID_authority_key_identifier, "keyid"}});
    if (!cert)
        return cert.error();
    return certPem(cert.value().get());
}

namespace pki {

QByteArray spkiPin(QByteArrayView certPem)
{
    X509Ptr cert = parseCert(certPem);
    if (!cert)
        return {};
    const QByteArray der = spkiDer(X509_get0_pubkey(cert.get()));
    if (der.isEmpty())
        return {};
    return "sha256//" + QCryptographicHash::hash(der, QCryptographicHash::Sha256).toBase64();
}

QString csrKeyFingerprint(QByteArrayView csrPem)
{
    if (csrPem.isEmpty() || csrPem.size() > protocol::maxPemBytes)
        return {};
    BioPtr bio = readBio(csrPem);
    ReqPtr req(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, noPassword, nullptr) : nullptr);
    if (!req) {
        ERR_clear_error();
        return {};
    }
    const QByteArray der = spkiDer(X509_REQ_get0_pubkey(req.get()));
    if (der.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

QStringList subjectAltNames(QByteArrayView certPem)
{
    X509Ptr cert = parseCert(certPem);
    if (!cert)
        return {};
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return {};
    QStringList out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS) {
            const ASN1_STRING *dns = name->d.dNSName;
            out.append(
                QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                    ASN1_STRING_length(dns)));
        } else if (name->type == GEN_IPADD) {
            const ASN1_STRING *ip = name->d.iPAddress;
            char text[INET6_ADDRSTRLEN] = {};
            const int family = ASN1_STRING_length(ip) == 4 ? AF_INET : AF_INET6;
            if (::inet_ntop(family, ASN1_STRING_get0_data(ip), text, sizeof text))
                out.append(QString::fromLatin1(text));
        }
    }
    GENERAL_NAMES_free(names);
    return out;
}

std::optional<QDateTime> notAfter(QByteArrayView certPem)
{
    X509Ptr cert = parseCert(certPem);
    if (!cert)
        return std::nullopt;
    struct tm t = {};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(cert.get()), &t) != 1)
        return std::nullopt;
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), QTimeZone::utc());
}

QString commonName(const X509 *cert)
{
    if (!cert)
        return {};
    const X509_NAME *name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    QString cn = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return cn;
}

} // namespace pki

} // namespace jiujin
