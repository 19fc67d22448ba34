#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace jiujin {

/** X.509 work of the gateway: the P-256 device CA, the server certificate, enrollment CSRs, pins.
 */
class CertificateAuthority
{
public:
    /** A fresh CA: P-256 key and a self-signed certificate valid from @p now (minus a day of
     *  clock slack) for 20 years. */
    static Result<CertificateAuthority> create(const QDateTime &now);
    /** The CA from its certificate PEM and its PKCS#8 private key PEM. */
    static Result<CertificateAuthority> load(QByteArrayView certPem, QByteArrayView keyPem);

    QByteArray certificatePem() const;
    /** Unencrypted PKCS#8 PEM of the CA key; the caller stores it 0600. */
    QByteArray privateKeyPem() const;

    /** A server key (P-256) and certificate for @p hosts (names or IP addresses, as SAN entries),
     *  valid 10 years from @p now; .first is the key PEM, .second the certificate PEM. */
    Result<std::pair<QByteArray, QByteArray>> issueServer(const QStringList &hosts,
                                                          const QDateTime &now) const;
    /** Signs a device's PKCS#10 request: the CSR must verify and hold a P-256 key; the certificate
     *  has CN = @p deviceId, clientAuth only, and is valid for one year from @p now.
     *  Error::Invalid for a bad CSR. */
    Result<QByteArray> issueDevice(QByteArrayView csrPem, const QString &deviceId,
                                   const QDateTime &now) const;

    CertificateAuthority(CertificateAuthority &&) noexcept = default;
    CertificateAuthority &operator=(CertificateAuthority &&) noexcept = default;
    ~CertificateAuthority() = default;

    struct X509Free
    {
        void operator()(X509 *x) const;
    };
    struct PkeyFree
    {
        void operator()(EVP_PKEY *p) const;
    };

private:
    CertificateAuthority() = default;
    std::unique_ptr<X509, X509Free> m_cert;
    std::unique_ptr<EVP_PKEY, PkeyFree> m_key;
};

namespace pki {
/** "sha256//" + base64 of SHA-256 of the SubjectPublicKeyInfo DER of the certificate's key (the
 *  kiosk's --pin); empty if @p certPem does not parse. */
QByteArray spkiPin(QByteArrayView certPem);
/** SHA-256 hex of the SPKI DER of a CSR's public key (which key a token was used with); empty if
 *  the CSR does not parse. */
QString csrKeyFingerprint(QByteArrayView csrPem);
/** The end of @p certPem's validity (UTC); nullopt if it does not parse. */
std::optional<QDateTime> notAfter(QByteArrayView certPem);
/** The subject CN of a certificate, or empty. */
QString commonName(const X509 *cert);
/** The DNS names and IP addresses a certificate names (its subjectAltName), in order; empty if
 *  @p certPem does not parse. */
QStringList subjectAltNames(QByteArrayView certPem);
} // namespace pki

} // namespace jiujin
