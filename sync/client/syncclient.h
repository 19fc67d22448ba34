#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

typedef void CURL;

namespace jiujin {

namespace protocol {
class Key;
}

/** How to reach and authenticate the gateway (and be authenticated by it). */
struct TlsSettings
{
    QString gateway;  ///< base URL, https://host[:port], no trailing slash
    QStringList pins; ///< sha256//BASE64 of the server's SubjectPublicKeyInfo (current, next)
    QString caFile;   ///< PEM file the server certificate must chain to; empty = the system store
    bool verifyPeer = true;    ///< off only to enroll with pins before any CA is known
    QString certFile, keyFile; ///< client certificate and its private key; empty for enrollment
};

/** One HTTP answer. */
struct HttpReply
{
    int status = 0;
    QByteArray body;                       ///< decompressed
    QDateTime date;                        ///< the server's Date header; invalid when absent
    int retryAfterS = -1;                  ///< Retry-After in seconds; -1 when absent
    QHash<QByteArray, QByteArray> headers; ///< every response header, names in lower case
};

/** One HTTP request to the gateway (path with query, relative to the base URL). */
struct HttpRequest
{
    QByteArray method = "POST"; ///< GET, HEAD, POST, PATCH
    QByteArray path;
    QByteArray body; ///< as given; compressed on the way when gzip is set
    QByteArray contentType = "application/json";
    bool gzip = true;          ///< compress a non-empty body (Content-Encoding: gzip)
    QList<QByteArray> headers; ///< more "Name: value" lines
    int timeoutMs = 0; ///< the whole exchange, connect included; 0: none (a low-speed limit)
};

/** Adds the signature headers to a request: (method, path, body as sent) -> "Name: value" lines. */
using RequestSignerFn = std::function<QList<QByteArray>(
    const QByteArray &method, const QByteArray &path, const QByteArray &body)>;

/**
 * The device's signer (PROTOCOL.md "Signed requests"): signs with @p signingKey as @p deviceId,
 * created at @p createdAt() (Unix seconds: the kiosk's clock corrected by its learned offset). A
 * request that cannot be signed goes without the headers, and the gateway refuses it (401).
 * @p signingKey must outlive the signer.
 */
RequestSignerFn deviceSigner(const protocol::Key &signingKey, const QString &deviceId,
                             std::function<qint64()> createdAt);

/** HTTPS to the gateway over one reused libcurl handle: TLS 1.3, pinned, mTLS, no redirects, gzip.
 */
class SyncClient
{
public:
    explicit SyncClient(TlsSettings settings);
    ~SyncClient();
    SyncClient(const SyncClient &) = delete;
    SyncClient &operator=(const SyncClient &) = delete;

    /** Signs every following request (none for enrollment). */
    void setSigner(RequestSignerFn signer) { m_signer = std::move(signer); }

    /**
     * Sends @p request (signed when a signer is set). Any HTTP status is a reply; only a
     * transport failure is an Error: Error::Invalid for a pin mismatch, Error::Clock when the
     * gateway's certificate is not valid at this machine's time (clockSkewS() then says by how
     * much the clock is off, when central's time could be read), Error::Io otherwise.
     */
    Result<HttpReply> send(const HttpRequest &request);
    /** POSTs a JSON body (gzip-compressed when @p gzip). */
    Result<HttpReply> post(const QByteArray &path, const QByteArray &json, bool gzip = true)
    {
        return send({"POST", path, json, "application/json", gzip, {}});
    }

    const TlsSettings &settings() const { return m_settings; }
    /** Central's time minus this machine's, in seconds, as read after the last Error::Clock;
     *  nullopt when it could not be read. */
    std::optional<qint64> clockSkewS() const { return m_clockSkewS; }

private:
    Error clockError(const QString &detail);

    struct CurlFree
    {
        void operator()(CURL *c) const;
    };
    TlsSettings m_settings;
    std::unique_ptr<CURL, CurlFree> m_curl;
    RequestSignerFn m_signer;
    std::optional<qint64> m_clockSkewS;
};

/** "3 days 4 h behind" / "12 min ahead of": a clock's distance to central's, for technicians. */
QString clockSkewText(qint64 centralMinusLocalS);

} // namespace jiujin
