// The body limits of central's public front (nginx, FrontProxy) for one route at a time, against
// the real `jiujin-gateway serve`, as an enrolled kiosk's TLS connection (its client certificate)
// would meet them. A body over a route's limit is refused by nginx as soon as its size is known
// (before the body is sent, or past the limit of a chunked one): nginx passes only whole
// requests on, so the gateway never reads such a body.
#include "caselookup.h"
#include "liveharness.h"
#include "protocollimits.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace jiujin;
using namespace live;

namespace {

struct SslCtxFree
{
    void operator()(SSL_CTX *c) const { SSL_CTX_free(c); }
};
struct SslFree
{
    void operator()(SSL *s) const { SSL_free(s); }
};

/** Sends @p head (and nothing after it) over TLS 1.3 to 127.0.0.1:@p port with the client
 *  certificate @p certFile / @p keyFile, then reads until the server closes or 30 s pass
 *  without a byte (longer than any of the front's own timeouts): everything it answered. */
QByteArray tlsExchange(int port, const QString &certFile, const QString &keyFile,
                       const QByteArray &head)
{
    std::unique_ptr<SSL_CTX, SslCtxFree> ctx(SSL_CTX_new(TLS_client_method()));
    REQUIRE(ctx);
    SSL_CTX_set_min_proto_version(ctx.get(), TLS1_3_VERSION);
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr); // who answers is not the point
    REQUIRE(SSL_CTX_use_certificate_chain_file(ctx.get(), QFile::encodeName(certFile)) == 1);
    REQUIRE(SSL_CTX_use_PrivateKey_file(ctx.get(), QFile::encodeName(keyFile), SSL_FILETYPE_PEM) ==
            1);
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval wait{30, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    QByteArray answer;
    std::unique_ptr<SSL, SslFree> ssl(SSL_new(ctx.get()));
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) == 0 && ssl &&
        SSL_set_fd(ssl.get(), fd) == 1 && SSL_connect(ssl.get()) == 1 &&
        SSL_write(ssl.get(), head.constData(), int(head.size())) == head.size()) {
        char buffer[4096];
        for (int n; (n = SSL_read(ssl.get(), buffer, sizeof buffer)) > 0;)
            answer.append(buffer, n);
    }
    ERR_clear_error();
    ssl.reset();
    ::close(fd);
    return answer;
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &framing)
{
    return method + " " + path +
           " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + framing +
           "Connection: close\r\n\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &framing)
{
    return request("POST", path, framing);
}

} // namespace

TEST_CASE("Central's front: a case lookup body over its limit never reaches the gateway",
          "[sync-frontlimits]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    k.enroll(gw.url(), gw.token(), gw.pin());
    auto config = DeviceConfig::load(*k.store);
    REQUIRE(config.ok());
    const QString cert = config->file(keyfile::certificate);
    const QString key = config->file(keyfile::tlsKey);
    const QByteArray path = "/v1/cases/lookup";
    const qsizetype limit = protocol::maxCaseLookupRequest;

    // Announced over the limit: 413 before a byte of the body is sent.
    const QByteArray announced =
        tlsExchange(gw.port(), cert, key,
                    post(path, "Content-Length: " + QByteArray::number(limit + 1) + "\r\n"));
    INFO(announced.toStdString());
    CHECK(announced.startsWith("HTTP/1.1 413"));
    CHECK(announced.contains(R"({"error":"too_large"})"));

    // Chunked, never ending: 413 once the chunks pass the limit, without waiting for the rest.
    const QByteArray chunk(limit + 1, ' ');
    const QByteArray endless =
        tlsExchange(gw.port(), cert, key,
                    post(path, "Transfer-Encoding: chunked\r\n") +
                        QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    INFO(endless.toStdString());
    CHECK(endless.startsWith("HTTP/1.1 413"));

    // At the limit the request goes on to the gateway, which wants a signed request.
    const QByteArray atLimit =
        tlsExchange(gw.port(), cert, key,
                    post(path, "Content-Length: " + QByteArray::number(limit) + "\r\n") +
                        QByteArray(limit, ' '));
    INFO(atLimit.toStdString());
    CHECK(atLimit.startsWith("HTTP/1.1 401"));
    CHECK_FALSE(atLimit.contains("too_large"));
}

TEST_CASE("Central's front: each route's body is bounded by the gateway's own bound for it",
          "[sync-frontlimits]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    k.enroll(gw.url(), gw.token(), gw.pin());
    auto config = DeviceConfig::load(*k.store);
    REQUIRE(config.ok());
    const QString cert = config->file(keyfile::certificate);
    const QString key = config->file(keyfile::tlsKey);
    struct Route
    {
        QByteArray method, path;
        qsizetype limit;
    };
    // Without a certificate (enrollment, the channels) and with one; POST /v1/submissions alone
    // keeps the general 16 MiB.
    const Route routes[] = {
        {"POST", "/v1/enroll", protocol::maxSmallBodyBytes},
        {"POST", "/v1/channel/bookings", protocol::maxChannelBookingBytes},
        {"POST", "/v1/heartbeat", protocol::maxSmallBodyBytes},
        {"POST", "/v1/renew", protocol::maxSmallBodyBytes},
        {"POST", "/v1/leases", protocol::maxLeaseBodyBytes},
        {"PATCH", "/v1/uploads/0b6c2f0e-8d3c-4a57-9a51-8e0f7c1d2a33/0", protocol::maxUploadChunk},
    };
    for (const Route &r : routes) {
        INFO(r.method.toStdString() << " " << r.path.toStdString());
        const QByteArray over =
            tlsExchange(gw.port(), cert, key,
                        request(r.method, r.path,
                                "Content-Length: " + QByteArray::number(r.limit + 1) + "\r\n"));
        INFO(over.left(200).toStdString());
        CHECK(over.startsWith("HTTP/1.1 413"));
        CHECK(over.contains(R"({"error":"too_large"})"));
        // At its bound the request reaches the gateway, which judges it (unsigned, no token,
        // not JSON): anything but the front's 413.
        const QByteArray at = tlsExchange(
            gw.port(), cert, key,
            request(r.method, r.path, "Content-Length: " + QByteArray::number(r.limit) + "\r\n") +
                QByteArray(r.limit, ' '));
        INFO(at.left(200).toStdString());
        CHECK(at.startsWith("HTTP/1.1 4"));
        CHECK_FALSE(at.startsWith("HTTP/1.1 413"));
    }
    // The general bound still takes a batch far larger than any of those.
    const QByteArray batch = tlsExchange(
        gw.port(), cert, key,
        post("/v1/submissions",
             "Content-Length: " + QByteArray::number(protocol::maxUploadChunk * 4) + "\r\n") +
            QByteArray(protocol::maxUploadChunk * 4, ' '));
    INFO(batch.left(200).toStdString());
    CHECK(batch.startsWith("HTTP/1.1 4"));
    CHECK_FALSE(batch.startsWith("HTTP/1.1 413"));
}
