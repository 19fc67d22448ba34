#include "fleettransport.h"

#include <curl/curl.h>

#include <cstring>

#include <chrono>

namespace jiujin::scale {

namespace {

struct SlistFree
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

size_t collectBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t collectHeader(char *data, size_t size, size_t count, void *user)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        static_cast<QMap<QByteArray, QByteArray> *>(user)->insert(
            line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return size * count;
}

} // namespace

FleetTransport::FleetTransport(const QList<int> &ports, QByteArray pin)
    : m_ports(size_t(ports.size())), m_pin(std::move(pin))
{
    for (qsizetype i = 0; i < ports.size(); ++i)
        m_ports[size_t(i)] = ports.at(i);
}

FleetTransport::~FleetTransport() = default;

void FleetTransport::setPort(int instance, int port)
{
    m_ports.at(size_t(instance)) = port;
}

void FleetTransport::setDown(int instance)
{
    m_ports.at(size_t(instance)) = 0;
}

CURL *FleetTransport::newHandle()
{
    return curl_easy_init();
}

void FleetTransport::freeHandle(CURL *curl)
{
    if (curl)
        curl_easy_cleanup(curl);
}

FleetReply FleetTransport::send(CURL *c, const DeviceChannel &channel, const QByteArray &route,
                                const QByteArray &method, const QByteArray &path,
                                const QByteArray &body,
                                const std::function<QList<QByteArray>()> &headers,
                                const QByteArray &contentType)
{
    FleetReply reply;
    const int n = instances();
    const unsigned first = m_next.fetch_add(1);
    for (int attempt = 0; attempt < n; ++attempt) {
        const int instance = int((first + unsigned(attempt)) % unsigned(n));
        const int port = m_ports[size_t(instance)].load();
        if (port == 0)
            continue;
        reply = FleetReply{};
        reply.instance = instance;
        curl_easy_reset(c); // keeps the handle's live connections
        const QByteArray url = "https://127.0.0.1:" + QByteArray::number(port) + path;
        curl_slist *list = nullptr;
        for (const QByteArray &h : headers())
            list = curl_slist_append(list, h.constData());
        list = curl_slist_append(list, ("Content-Type: " + contentType).constData());
        list = curl_slist_append(list, "Expect:");
        std::unique_ptr<curl_slist, SlistFree> headerList(list);
        curl_easy_setopt(c, CURLOPT_URL, url.constData());
        if (method == "HEAD") {
            curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
        } else if (method != "GET") {
            curl_easy_setopt(c, CURLOPT_POST, 1L);
            curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
            curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
            if (method != "POST")
                curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method.constData());
        }
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, headerList.get());
        curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_3));
        // As the kiosk: central's key is pinned; the chain is not what is trusted.
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(c, CURLOPT_PINNEDPUBLICKEY, m_pin.constData());
        curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "gzip");
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        if (!channel.keepAlive)
            curl_easy_setopt(c, CURLOPT_FORBID_REUSE, 1L);
        if (!channel.sourceAddress.isEmpty())
            curl_easy_setopt(c, CURLOPT_INTERFACE, ("host!" + channel.sourceAddress).constData());
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collectBody);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply.body);
        curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, collectHeader);
        curl_easy_setopt(c, CURLOPT_HEADERDATA, &reply.headers);
        curl_blob certBlob{const_cast<char *>(channel.certPem.constData()),
                           size_t(channel.certPem.size()), CURL_BLOB_COPY};
        curl_blob keyBlob{const_cast<char *>(channel.keyPem.constData()),
                          size_t(channel.keyPem.size()), CURL_BLOB_COPY};
        if (!channel.certPem.isEmpty()) {
            curl_easy_setopt(c, CURLOPT_SSLCERT_BLOB, &certBlob);
            curl_easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
            curl_easy_setopt(c, CURLOPT_SSLKEY_BLOB, &keyBlob);
            curl_easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
        }
        char detail[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
        const auto start = std::chrono::steady_clock::now();
        const CURLcode rc = curl_easy_perform(c);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, nullptr);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        if (rc == CURLE_OK) {
            curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply.status);
            // Where the time went (microseconds since the start, cumulative).
            curl_off_t connected = 0, handshaken = 0, sent = 0, answered = 0;
            curl_easy_getinfo(c, CURLINFO_CONNECT_TIME_T, &connected);
            curl_easy_getinfo(c, CURLINFO_APPCONNECT_TIME_T, &handshaken);
            curl_easy_getinfo(c, CURLINFO_PRETRANSFER_TIME_T, &sent);
            curl_easy_getinfo(c, CURLINFO_STARTTRANSFER_TIME_T, &answered);
            if (reply.status < 500)
                m_stats.recordPhases(route, double(connected) / 1000.0,
                                     handshaken > 0 ? double(handshaken - connected) / 1000.0 : 0,
                                     double(answered - sent) / 1000.0);
            // Central's own account of its handler ("name;dur=ms, ..."), where it gives one.
            for (const QByteArray &part : reply.headers.value("server-timing").split(',')) {
                const QList<QByteArray> fields = part.trimmed().split(';');
                if (fields.size() == 2 && fields.at(1).startsWith("dur="))
                    m_stats.recordSample(route + ":central-" + fields.at(0),
                                         fields.at(1).mid(4).toDouble());
            }
        } else {
            reply.error = QString::fromUtf8(curl_easy_strerror(rc));
            // libcurl's own account: which step, after how long (7.88 leaves OS_ERRNO at 0
            // for a failed connect, so this is the only place the reason shows).
            if (detail[0])
                reply.error += QStringLiteral(": ") + QString::fromUtf8(detail);
            // Which system call said no, and why (refused, no address or port left, ...).
            long osError = 0;
            if (curl_easy_getinfo(c, CURLINFO_OS_ERRNO, &osError) == CURLE_OK && osError != 0)
                reply.error += QStringLiteral(" (%1)").arg(
                    QString::fromLocal8Bit(std::strerror(int(osError))));
        }
        m_stats.record(route, instance, reply.status, ms, reply.error);
        // A refused connection: that instance is down; the balancer tries the next one.
        if (rc != CURLE_COULDNT_CONNECT)
            return reply;
    }
    if (reply.instance < 0)
        reply.error = QStringLiteral("no instance up");
    return reply;
}

} // namespace jiujin::scale
