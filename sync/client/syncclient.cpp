#include "syncclient.h"

#include "requestsigning.h"
#include "wire.h"

#include <curl/curl.h>
#include <openssl/x509_vfy.h>

#include <algorithm>
#include <mutex>

Q_LOGGING_CATEGORY(lcSync, "jiujin.sync")

namespace jiujin {

namespace {
struct SlistFree
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
using Slist = std::unique_ptr<curl_slist, SlistFree>;

size_t writeBody(char *data, size_t size, size_t n, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * n));
    return size * n;
}

size_t readHeader(char *data, size_t size, size_t n, void *user)
{
    auto *reply = static_cast<HttpReply *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * n)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (line.startsWith("HTTP/")) {
        // A new response (after 100-continue): forget the headers of the previous one.
        reply->date = {};
        reply->retryAfterS = -1;
        reply->headers.clear();
    } else if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        reply->headers.insert(name, value);
        if (name == "date") {
            const time_t t = curl_getdate(value.constData(), nullptr);
            if (t > 0)
                reply->date = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        } else if (name == "retry-after") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (ok) {
                reply->retryAfterS = qMax(0, seconds);
            } else if (const time_t t = curl_getdate(value.constData(), nullptr); t > 0) {
                reply->retryAfterS =
                    int(qMax<qint64>(0, qint64(t) - QDateTime::currentSecsSinceEpoch()));
            }
        }
    }
    return size * n;
}
} // namespace

void SyncClient::CurlFree::operator()(CURL *c) const
{
    curl_easy_cleanup(c);
}

SyncClient::SyncClient(TlsSettings settings) : m_settings(std::move(settings))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl.reset(curl_easy_init());
}

SyncClient::~SyncClient() = default;

Result<HttpReply> SyncClient::send(const HttpRequest &request)
{
    CURL *c = m_curl.get();
    if (!c)
        return Error{Error::Io, QStringLiteral("libcurl could not start")};
    // The handle is reused (keep-alive); options are set again each time because they are few.
    curl_easy_reset(c);
    const QByteArray &path = request.path;
    const QByteArray url = m_settings.gateway.toUtf8() + path;
    const bool gzip = request.gzip && !request.body.isEmpty();
    const QByteArray body = gzip ? protocol::gzip(request.body) : request.body;
    if (gzip && body.isEmpty())
        return Error{Error::Io, QStringLiteral("gzip failed")};
    const bool hasBody = request.method == "POST" || request.method == "PATCH";

    Slist headers;
    auto add = [&headers](const QByteArray &line) {
        if (curl_slist *l = curl_slist_append(headers.get(), line.constData()))
            headers.release(), headers.reset(l);
    };
    if (hasBody)
        add("Content-Type: " + request.contentType);
    add("Expect:"); // no 100-continue round trip
    if (gzip)
        add("Content-Encoding: gzip");
    for (const QByteArray &h : request.headers)
        add(h);
    if (m_signer) {
        for (const QByteArray &h : m_signer(request.method, path, body))
            add(h);
    }

    const QByteArray pins = m_settings.pins.join(QLatin1Char(';')).toLatin1();
    const QByteArray ca = m_settings.caFile.toUtf8();
    const QByteArray cert = m_settings.certFile.toUtf8();
    const QByteArray key = m_settings.keyFile.toUtf8();
    HttpReply reply;
    char errbuf[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    if (request.method == "HEAD") {
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    } else if (hasBody) {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        if (request.method != "POST")
            curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_3));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    // Servers close idle keep-alive connections (cpp-httplib after 5 s); reusing one that old
    // fails with a broken pipe, so an older connection is replaced instead of reused.
    curl_easy_setopt(c, CURLOPT_MAXAGE_CONN, 4L);
    // A slow rural link must be allowed to finish a large batch, so no total timeout: give up only
    // when fewer than 64 bytes/s move for a minute.
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 64L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
    // A citizen waiting at the screen (a case lookup) is answered within seconds or told so.
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(std::max(0, request.timeoutMs)));
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, &readHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &reply);
    if (!pins.isEmpty())
        curl_easy_setopt(c, CURLOPT_PINNEDPUBLICKEY, pins.constData());
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, m_settings.verifyPeer ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, m_settings.verifyPeer ? 2L : 0L);
    if (!ca.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    if (!cert.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_SSLCERT, cert.constData());
        curl_easy_setopt(c, CURLOPT_SSLKEY, key.constData());
    }

    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        // libcurl's number stays in the text: staff and technicians are shown what it means
        // (SyncErrorText, kiosk/core), and its own English only as the detail.
        const QString detail =
            QStringLiteral("(curl %1): %2")
                .arg(int(rc))
                .arg(QString::fromUtf8(errbuf[0] ? errbuf : curl_easy_strerror(rc)));
        if (rc == CURLE_SSL_PINNEDPUBKEYNOTMATCH)
            return Error{
                Error::Invalid,
                QStringLiteral("the gateway's key does not match the pinned key %1").arg(detail)};
        if (rc == CURLE_PEER_FAILED_VERIFICATION) {
            long verify = X509_V_OK;
            curl_easy_getinfo(c, CURLINFO_SSL_VERIFYRESULT, &verify);
            if (verify == X509_V_ERR_CERT_NOT_YET_VALID || verify == X509_V_ERR_CERT_HAS_EXPIRED)
                return clockError(detail);
        }
        return Error{Error::Io, QStringLiteral("cannot reach the gateway %1").arg(detail)};
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    reply.status = int(status);
    return reply;
}

Error SyncClient::clockError(const QString &detail)
{
    // The certificates central issued are not valid at this machine's time. Read central's time
    // from the Date of any answer on a connection that still checks the pinned key (the identity
    // that matters here) but not the validity period, so the message can say how far off we are.
    m_clockSkewS.reset();
    if (!m_settings.pins.isEmpty()) {
        TlsSettings probe = m_settings;
        probe.verifyPeer = false;
        SyncClient client(probe);
        auto reply = client.send({"HEAD", "/", {}, {}, false, {}});
        if (reply && reply->date.isValid())
            m_clockSkewS = QDateTime::currentDateTimeUtc().secsTo(reply->date);
    }
    if (!m_clockSkewS)
        return Error{Error::Clock,
                     QStringLiteral("the gateway's certificate is not valid at this kiosk's time "
                                    "%1: check the clock %2")
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), detail)};
    return Error{
        Error::Clock,
        QStringLiteral("the kiosk's clock is %1 central's (central: %2): "
                       "set the clock (timedatectl set-ntp true)")
            .arg(clockSkewText(*m_clockSkewS),
                 QDateTime::currentDateTimeUtc().addSecs(*m_clockSkewS).toString(Qt::ISODate))};
}

QString clockSkewText(qint64 centralMinusLocalS)
{
    // Rounded to the unit after the largest: a clock read a few seconds after it was set three
    // days back is "3 days" behind, not "2 days 23 h".
    qint64 s = qAbs(centralMinusLocalS);
    if (s >= 86400)
        s = (s + 1800) / 3600 * 3600;
    else if (s >= 3600)
        s = (s + 30) / 60 * 60;
    QString amount;
    if (s >= 86400)
        amount = QStringLiteral("%1 day%2").arg(s / 86400).arg(s >= 2 * 86400 ? "s" : "") +
                 (s % 86400 >= 3600 ? QStringLiteral(" %1 h").arg(s % 86400 / 3600) : QString());
    else if (s >= 3600)
        amount = QStringLiteral("%1 h").arg(s / 3600) +
                 (s % 3600 >= 60 ? QStringLiteral(" %1 min").arg(s % 3600 / 60) : QString());
    else if (s >= 60)
        amount = QStringLiteral("%1 min").arg(s / 60);
    else
        amount = QStringLiteral("%1 s").arg(s);
    return amount +
           (centralMinusLocalS > 0 ? QStringLiteral(" behind") : QStringLiteral(" ahead of"));
}

RequestSignerFn deviceSigner(const protocol::Key &signingKey, const QString &deviceId,
                             std::function<qint64()> createdAt)
{
    return [&signingKey, deviceId, createdAt = std::move(createdAt)](
               const QByteArray &method, const QByteArray &path, const QByteArray &body) {
        auto h = protocol::signRequest(signingKey, deviceId, method, path, body, createdAt());
        if (!h)
            return QList<QByteArray>{};
        return h->lines();
    };
}

} // namespace jiujin
