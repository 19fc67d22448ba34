#include "clientidentity.h"

#include <QCryptographicHash>

#include <httplib.h>
#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

namespace jiujin {

namespace {

// A PEM certificate of a P-256 device key is under 1 KB; the front's header buffers are 8 KB.
constexpr qsizetype maxCertificateBytes = 8 * 1024;

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};

} // namespace

ClientIdentity::ClientIdentity(QByteArray secret)
    : m_secret(std::move(secret)),
      m_parsed(m_secret.isEmpty()
                   ? nullptr
                   : std::make_shared<gateway::DigestCache<X509>>(parsedCertificates))
{
}

ClientIdentity ClientIdentity::tlsSession()
{
    return ClientIdentity(QByteArray());
}

ClientIdentity ClientIdentity::front(QByteArray frontSecret)
{
    Q_ASSERT(!frontSecret.isEmpty());
    return ClientIdentity(std::move(frontSecret));
}

bool ClientIdentity::admits(const httplib::Request &req) const
{
    if (m_secret.isEmpty())
        return true;
    if (req.get_header_value_count(frontSecretHeader) != 1)
        return false;
    const std::string given = req.get_header_value(frontSecretHeader);
    return given.size() == size_t(m_secret.size()) &&
           CRYPTO_memcmp(given.data(), m_secret.constData(), given.size()) == 0;
}

ClientIdentity::Certificate ClientIdentity::certificate(const httplib::Request &req) const
{
    if (m_secret.isEmpty()) {
        if (!req.ssl || SSL_get_verify_result(req.ssl) != X509_V_OK)
            return {};
        return Certificate(SSL_get1_peer_certificate(req.ssl));
    }
    if (!admits(req) || req.get_header_value_count(verifyHeader) != 1 ||
        req.get_header_value(verifyHeader) != "SUCCESS" ||
        req.get_header_value_count(certificateHeader) != 1)
        return {};
    const std::string escaped = req.get_header_value(certificateHeader);
    if (escaped.empty() || qsizetype(escaped.size()) > maxCertificateBytes)
        return {};
    // The front verified it; what is kept is only its parse, by the exact bytes forwarded.
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(escaped.data(), qsizetype(escaped.size())), QCryptographicHash::Sha256);
    std::shared_ptr<X509> parsed = m_parsed->find(digest);
    if (!parsed) {
        const QByteArray pem = QByteArray::fromPercentEncoding(QByteArray::fromStdString(escaped));
        std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        if (!bio)
            return {};
        X509 *read = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (!read)
            return {};
        parsed = m_parsed->insert(digest, std::shared_ptr<X509>(read, X509_free));
    }
    if (X509_up_ref(parsed.get()) != 1)
        return {};
    return Certificate(parsed.get());
}

} // namespace jiujin
