#pragma once

#include "certificateauthority.h"
#include "digestcache.h"

#include <QByteArray>

#include <memory>

namespace httplib {
struct Request;
}

namespace jiujin {

/**
 * Where the gateway learns a request's verified client certificate: from the TLS session it
 * terminated itself (in-process servers of the tests), or from the front (nginx, FrontProxy) that
 * terminated TLS, verified the certificate and forwarded it in headers it sets itself. The front's
 * headers are believed only on a request that carries the front's per-start secret.
 */
class ClientIdentity
{
public:
    using Certificate = std::unique_ptr<X509, CertificateAuthority::X509Free>;

    /** The front's secret (a per-start random token only nginx's configuration holds). */
    static constexpr char frontSecretHeader[] = "X-JJ-Front";
    /** nginx's $ssl_client_verify: "SUCCESS" when a certificate was presented and verified. */
    static constexpr char verifyHeader[] = "X-JJ-Client-Verify";
    /** nginx's $ssl_client_escaped_cert: the verified certificate, PEM, percent-encoded. */
    static constexpr char certificateHeader[] = "X-JJ-Client-Cert";

    /** The peer certificate of the request's own TLS session, when it verified. */
    static ClientIdentity tlsSession();
    /** The certificate the front forwarded, on requests that carry @p frontSecret. */
    static ClientIdentity front(QByteArray frontSecret);

    /** False for a request that must not be served at all: one that reached the internal
     *  listener without the front's secret. Always true for tlsSession(). */
    bool admits(const httplib::Request &req) const;
    /** The request's verified client certificate; null when none was presented, it did not
     *  verify, or the request is not admitted. */
    Certificate certificate(const httplib::Request &req) const;

    /** The front's certificates kept parsed (a kiosk's PEM is parsed once, not per request):
     *  one per device of a province (about 11,000 points, DESIGN §11d). */
    static constexpr std::size_t parsedCertificates = 16384;

private:
    explicit ClientIdentity(QByteArray secret);
    QByteArray m_secret; // empty: the TLS session is the gateway's own
    /** The front's forwarded certificates by the SHA-256 of the header's bytes; null for
     *  tlsSession(), whose certificate comes parsed from the handshake. Shared by copies. */
    std::shared_ptr<gateway::DigestCache<X509>> m_parsed;
};

} // namespace jiujin
