#pragma once

#include "enrollmentservice.h"
#include "gatewaykeys.h"
#include "gatewayserver.h"
#include "gatewaystore.h"
#include "intakeservice.h"
#include "keys.h"
#include "requestsigning.h"
#include "wire.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

/** A status, body and lower-case headers of one HTTPS exchange. */
struct HttpReply
{
    long status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
    QString error; ///< libcurl's message when the exchange failed
};

/** A client certificate and key (PEM) for the TLS handshake. */
struct ClientCert
{
    QByteArray certPem, keyPem;
};

/** POSTs over TLS 1.3 to 127.0.0.1:@p port, pinning @p pin as a kiosk does (no CA check). */
HttpReply httpsPost(int port, const QByteArray &pin, const QByteArray &path, const QByteArray &body,
                    const QList<QByteArray> &headers,
                    const std::optional<ClientCert> &cert = std::nullopt);

/** Any method (POST, PATCH, HEAD, GET) with @p contentType, otherwise as httpsPost(). */
HttpReply httpsSend(int port, const QByteArray &pin, const QByteArray &method,
                    const QByteArray &path, const QByteArray &body,
                    const QList<QByteArray> &headers,
                    const std::optional<ClientCert> &cert = std::nullopt,
                    const QByteArray &contentType = "application/json");

/** A P-256 private key (PKCS#8 PEM) and a PKCS#10 request for it (PEM). */
std::pair<QByteArray, QByteArray> makeCsr();

/** The fixed central time of the tests: 2026-11-28 10:00 in Inner Mongolia. */
QDateTime testNow();

/** A gateway initialised in a temporary directory and serving on a free port of 127.0.0.1 with
 *  a settable clock (client certificates are judged at that clock too). */
struct TestGateway
{
    explicit TestGateway(jiujin::protocol::Suite defaultSuite = jiujin::protocol::Suite::Intl);
    ~TestGateway();

    QString token(const QString &suite = {});
    HttpReply post(const QByteArray &path, const QByteArray &body, const QList<QByteArray> &headers,
                   const std::optional<ClientCert> &cert = std::nullopt) const
    {
        return httpsPost(port, keys->serverPin(), path, body, headers, cert);
    }
    QDateTime now() const { return QDateTime::fromSecsSinceEpoch(nowSecs.load(), Qt::UTC); }

    QTemporaryDir dir;
    std::atomic<qint64> nowSecs;
    std::optional<jiujin::GatewayKeys> keys;
    std::unique_ptr<jiujin::GatewayStore> store;
    std::unique_ptr<jiujin::EnrollmentService> enrollment;
    std::unique_ptr<jiujin::IntakeService> intake;
    std::unique_ptr<jiujin::GatewayServer> server;
    std::thread thread;
    int port = 0;
};

/** A kiosk's identity as enrollment leaves it: TLS key and certificate, signing key, answer. */
struct TestDevice
{
    /** Enrolls with @p token (fails the test if the gateway refuses). */
    TestDevice(const TestGateway &gateway, const QString &token, jiujin::protocol::Suite suite);

    ClientCert cert() const { return {enrolled.certificatePem, keyPem}; }
    /** The signed-request headers (and Content-Encoding: gzip when @p gzipped) for @p body. */
    QList<QByteArray> sign(const QByteArray &path, const QByteArray &body, qint64 created,
                           bool gzipped, const QByteArray &method = "POST") const;
    /** Signs and POSTs @p plainBody (gzipped) at @p created, with this device's certificate. */
    HttpReply push(const TestGateway &gateway, const QByteArray &path, const QByteArray &plainBody,
                   qint64 created) const;

    /** A signed @p method request with @p body as is (no gzip) and @p extra headers. */
    HttpReply send(const TestGateway &gateway, const QByteArray &method, const QByteArray &path,
                   const QByteArray &body, qint64 created, const QList<QByteArray> &extra = {},
                   const QByteArray &contentType = "application/json") const;
    /** Uploads @p sealed as attachment @p index of @p uuid in @p chunk-byte PATCHes (POST first);
     *  the last reply. */
    HttpReply upload(const TestGateway &gateway, const QString &uuid, int index,
                     const QByteArray &sealed, qint64 created, qsizetype chunk = 256 * 1024) const;

    QByteArray keyPem, csrPem;
    jiujin::protocol::Key signing;
    jiujin::protocol::EnrollResponse enrolled;
};
