#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace httplib {
class SSLServer;
struct Request;
struct Response;
} // namespace httplib

namespace jiujin {

class EnrollmentService;
class GatewayKeys;
class GatewayStore;
class IntakeService;
struct DeviceRow;

/**
 * The HTTPS front of the gateway (PROTOCOL.md): TLS 1.3 with optional client certificates,
 * POST /v1/enroll without one, /v1/submissions and /v1/heartbeat signed and certificate-bound.
 */
class GatewayServer
{
public:
    /** What the composition root injects: central's clock. */
    struct Options
    {
        /** Central's clock: request freshness, receipts, Date headers. */
        std::function<QDateTime()> clock = &QDateTime::currentDateTimeUtc;
        /** Judge client certificates' validity at clock() instead of the system time (tests with
         *  a fixed clock); read once, when the server is bound. */
        bool certificatesUseClock = false;
    };

    GatewayServer(const GatewayKeys &keys, GatewayStore &store, EnrollmentService &enrollment,
                  IntakeService &intake, Options options);
    ~GatewayServer();

    /** Binds @p host:@p port (0: any free port) and returns the port; Error::Io on failure. */
    Result<int> bind(const QString &host, int port);
    /** Serves until stop(); false if it could not. */
    bool listen();
    /** Thread-safe; listen() returns soon after. Call it once isRunning(). */
    void stop();
    /** True while listen() serves. */
    bool isRunning() const;

    /** Seconds a nonce is remembered (PROTOCOL.md: 600 s). */
    static constexpr qint64 nonceWindowSeconds = 600;

private:
    void enroll(const httplib::Request &req, httplib::Response &res);
    void submissions(const httplib::Request &req, httplib::Response &res);
    void heartbeat(const httplib::Request &req, httplib::Response &res);
    /** The device of a signed, certificate-bound request, or null after a 401 is written. */
    std::unique_ptr<DeviceRow> authenticate(const httplib::Request &req, httplib::Response &res,
                                            const QDateTime &now);
    /** The request body as sent, gunzipped when it came gzip (bounded); null after an error
     *  response is written. */
    std::unique_ptr<QByteArray> plainBody(const httplib::Request &req, httplib::Response &res);

    const GatewayKeys &m_keys;
    GatewayStore &m_store;
    EnrollmentService &m_enrollment;
    IntakeService &m_intake;
    Options m_options;
    std::mutex m_mutex; // one SQLite connection: requests take turns
    std::unique_ptr<httplib::SSLServer> m_server;
};

} // namespace jiujin
