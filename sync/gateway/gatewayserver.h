#pragma once

#include "centralstorage.h"
#include "clientidentity.h"
#include "devicekeycache.h"
#include "result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace jiujin {

class CataloguePublisher;
class EnrollmentService;
namespace gateway {
class BookingService;
class CaseFeed;
class CaseLookupService;
class CentralStorage;
class ChannelTokens;
class HealthCheck;
class BookingsApi;
class FleetApi;
class OperatorApi;
class RatingApi;
} // namespace gateway
class GatewayKeys;

class IntakeService;
class RenewalService;
struct DeviceRow;

/**
 * The gateway's HTTP service (PROTOCOL.md): POST /v1/enroll without a client certificate,
 * /v1/submissions, /v1/uploads, /v1/heartbeat... signed and certificate-bound. Served either
 * behind the front (bindBehindFront(): nginx terminates TLS, see FrontProxy; what `serve` does)
 * or over its own TLS 1.3 listener (bind(): in-process servers of the tests).
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

    GatewayServer(const GatewayKeys &keys, gateway::CentralStorage &storage,
                  EnrollmentService &enrollment, IntakeService &intake, Options options);
    ~GatewayServer();

    /** Binds its own TLS 1.3 listener (optional client certificates) on @p host:@p port (0: any
     *  free port) and returns the port; Error::Io on failure. For in-process servers only: the
     *  parser behind it has no overall header deadline, so `serve` never exposes it. */
    Result<int> bind(const QString &host, int port);
    /** Binds plain HTTP on @p host:@p port (0: any free port; the port is returned) for a
     *  front: every request must carry @p frontSecret, and the client identity is the one the
     *  front forwarded (ClientIdentity::front()). `serve` binds 127.0.0.1 for its own front;
     *  `serve --behind-front` an address a province's shared front reaches. */
    Result<int> bindBehindFront(const QByteArray &frontSecret,
                                const QString &host = QStringLiteral("127.0.0.1"), int port = 0);
    /** As bindBehindFront(), but TLS 1.3 with @p certificate (PEM chain) and @p key for a
     *  province's front that reaches the instance over its network (`serve --behind-front …
     *  --hop-certificate FILE --hop-key FILE`; DEPLOY-province.md §1): the front verifies this
     *  certificate against the province's own CA; the instance asks for no client certificate
     *  (the secret, now encrypted on the wire, says it is the front). */
    Result<int> bindBehindFrontTls(const QByteArray &frontSecret, const QString &host, int port,
                                   const QString &certificate, const QString &key);
    /** The heartbeat lane (DESIGN §11d): a second listener on @p host:@p port (0: any free one;
     *  the port is returned) with its own laneThreads request threads, serving POST
     *  /v1/heartbeat (and GET /healthz, for a province front's check of this upstream), to
     *  which the front routes that location. Intake batches may hold every
     *  thread of the main listener; a heartbeat never waits for one of them. Same secret, same
     *  checks as the main listener; call after bindBehindFront() (or bindBehindFrontTls()),
     *  before listen(). `serve` binds it on 127.0.0.1 for its own front; behind a province's
     *  shared front (`--behind-front`), where that front reaches it, and with @p certificate and
     *  @p key (PEM, non-empty) in TLS 1.3 as bindBehindFrontTls() does for the main listener. */
    Result<int> bindHeartbeatLane(const QString &host = QStringLiteral("127.0.0.1"), int port = 0,
                                  const QString &certificate = QString(),
                                  const QString &key = QString());
    /** Serves until stop() (with the heartbeat lane, if bound, on a thread of its own); false if
     *  it could not. A lane that stops by itself stops the main listener too. */
    bool listen();
    /** Thread-safe; listen() returns soon after. Call it once isRunning(). */
    void stop();
    /** True while listen() serves. */
    bool isRunning() const;
    /** Threads answering requests at once (httplib's pool): each may hold one storage
     *  connection, so PostgreSQL's pool is sized from this (DESIGN §11c). */
    static int requestThreads();
    /** The heartbeat lane's request threads (bindHeartbeatLane()); each may hold one storage
     *  connection too. Heartbeats take about a millisecond of central's time each: four answer a
     *  province's peak (10,000 kiosks back within a minute, 170 a second) with room to spare. */
    static constexpr int laneThreads = 4;

    /** Answers GET /v1/catalogue/changes from @p publisher (borrowed; it must outlive the
     *  server and share its database). Without one the route answers 404 "none". Call before
     *  bind(). */
    void setCataloguePublisher(CataloguePublisher *publisher) { m_catalogue = publisher; }
    /** Checks the bearer tokens of /v1/channel with @p tokens (borrowed; it must outlive the
     *  server and share its storage). Without them every bearer is refused (401 "token"). Call
     *  before bind(). */
    void setChannelTokens(gateway::ChannelTokens *tokens) { m_channelTokens = tokens; }
    /** Serves /v1/operator/ with @p api (borrowed; it must outlive the server and share its
     *  storage). Without one those routes answer 404. Call before bind(). */
    void setOperatorApi(gateway::OperatorApi *api) { m_operatorApi = api; }
    /** Serves 好差评 under /v1/operator/ with @p api (borrowed, as setOperatorApi). */
    void setRatingApi(gateway::RatingApi *api) { m_ratingApi = api; }
    /** Serves the fleet under /v1/operator/fleet/ with @p api (borrowed, as setOperatorApi). */
    void setFleetApi(gateway::FleetApi *api) { m_fleetApi = api; }
    /** Bookings for the console (§13i); borrowed, must outlive the server. */
    void setBookingsApi(gateway::BookingsApi *api) { m_bookingsApi = api; }

    /** What GET /v1/cases/changes answers from (its figures hook is set here). */
    gateway::CaseFeed &caseFeed() { return *m_caseFeed; }

    /** Connections the kernel queues for the listener before it accepts them (capped by
     *  net.core.somaxconn). cpp-httplib 0.11's own is 5 (CPPHTTPLIB_LISTEN_BACKLOG, compiled
     *  into Debian's library), which a reconnecting fleet overflows: the front's connections
     *  were dropped and retried a second later (docs/DESIGN.md §11d). */
    static constexpr int listenBacklog = 4096;
    /** Seconds a nonce is remembered (PROTOCOL.md: 600 s). */
    static constexpr qint64 nonceWindowSeconds = 600;
    /** Days an unfinished upload is kept; older ones are dropped at bind() and whenever an
     *  upload is created. */
    static constexpr qint64 uploadKeepDays = 7;

private:
    void enroll(const httplib::Request &req, httplib::Response &res);
    void submissions(const httplib::Request &req, httplib::Response &res);
    void heartbeat(const httplib::Request &req, httplib::Response &res);
    /** GET /healthz: 200 when this instance reaches its database within a short timeout, else
     *  503; no authentication, no data (for the deployment's balancer, DESIGN §11c). */
    void health(const httplib::Request &req, httplib::Response &res);
    /** POST /v1/renew: a new certificate, same device id (signed, certificate-bound). */
    void renew(const httplib::Request &req, httplib::Response &res);
    /** GET /v1/pins: the server keys to pin, signed by the receipt key. */
    void pins(const httplib::Request &req, httplib::Response &res);
    /** GET /v1/catalogue/changes?since=N: signed change sets of the published catalogue. */
    void catalogueChanges(const httplib::Request &req, httplib::Response &res);
    /** GET /v1/cases/changes?since=N: signed case updates of the device's service point. */
    void caseChanges(const httplib::Request &req, httplib::Response &res);
    /** POST /v1/cases/lookup: one case by kiosk receipt and four digits (CaseLookupService). */
    void caseLookup(const httplib::Request &req, httplib::Response &res);
    /** GET /v1/calendar: the working calendar central counts on, signed; 304 for If-None-Match
     *  of the current version. */
    void calendar(const httplib::Request &req, httplib::Response &res);
    /** POST, HEAD and PATCH /v1/uploads/{uuid}/{index}: resumable attachment uploads. */
    void upload(const httplib::Request &req, httplib::Response &res);
    /** GET /v1/slots, POST /v1/leases (signed) and /v1/channel/bookings (bearer token). */
    void bookingSlots(const httplib::Request &req, httplib::Response &res);
    void bookingCancels(const httplib::Request &req, httplib::Response &res);
    void bookingLeases(const httplib::Request &req, httplib::Response &res);
    void channelBookings(const httplib::Request &req, httplib::Response &res);
    /** 429 {"error": "quota"} with Retry-After: this device waits, nobody else does. */
    static void overQuota(httplib::Response &res, const QDateTime &now);
    /** Whether @p device may start upload @p index of @p uuid of @p length bytes (@p restart:
     *  it replaces one it holds); false after the refusal (413 or 429) is written. */
    Result<bool> uploadQuota(const DeviceRow &device, const QString &uuid, int index, qint64 length,
                             bool restart, const QDateTime &now, httplib::Response &res);
    /** The device of a signed, certificate-bound request whose signature and freshness hold,
     *  its nonce in @p nonce, not taken yet; or null after a 401 (503) is written. */
    std::unique_ptr<DeviceRow> verify(const httplib::Request &req, httplib::Response &res,
                                      const QDateTime &now, QString &nonce);
    /** verify(), and the nonce taken (401 replay when it was seen): the device, or null after
     *  the answer is written. */
    std::unique_ptr<DeviceRow> authenticate(const httplib::Request &req, httplib::Response &res,
                                            const QDateTime &now);
    /** The request body as sent, gunzipped when it came gzip (bounded); null after an error
     *  response is written. */
    std::unique_ptr<QByteArray> plainBody(const httplib::Request &req, httplib::Response &res);
    /** plainBody() decoded by @p decode (a protocol decoder returning Result<T>), or nullopt
     *  after an error response (400 "body" with the decoder's detail) is written. */
    template <typename Decode>
    auto decodedBody(const httplib::Request &req, httplib::Response &res, Decode decode)
        -> std::optional<std::remove_reference_t<decltype(decode(QByteArrayView()).value())>>;

    const GatewayKeys &m_keys;
    gateway::CentralStorage &m_storage;
    EnrollmentService &m_enrollment;
    IntakeService &m_intake;
    Options m_options;
    CataloguePublisher *m_catalogue = nullptr;
    std::unique_ptr<gateway::BookingService> m_booking; // over the storage
    gateway::ChannelTokens *m_channelTokens = nullptr;
    gateway::OperatorApi *m_operatorApi = nullptr;
    gateway::RatingApi *m_ratingApi = nullptr;
    gateway::FleetApi *m_fleetApi = nullptr;
    gateway::BookingsApi *m_bookingsApi = nullptr;
    std::unique_ptr<RenewalService> m_renewal;
    std::unique_ptr<gateway::CaseFeed> m_caseFeed; // over the storage
    std::unique_ptr<gateway::CaseLookupService> m_caseLookup;
    std::unique_ptr<gateway::HealthCheck> m_health;
    bool m_wasHealthy = true; // under m_healthLog: a change is logged, not every probe
    std::mutex m_healthLog;
    /** Routes and limits on m_server, then binds @p host:@p port. */
    Result<int> listenOn(const QString &host, int port);
    /** What every listener of this server does before and after a route: the front's secret,
     *  Content-Encoding held for plainBody(), the Date header, 500 on an exception. */
    void guard(httplib::Server &server, size_t maxPayload);
    /** A TLS 1.3 listener with @p certificate and @p key for the hop from a province's front
     *  (no client certificate asked); null when they cannot be used. */
    static std::unique_ptr<httplib::Server> hopServer(const QString &certificate,
                                                      const QString &key);
    /** Binds @p server on @p host:@p port (0: any) with SO_REUSEADDR and listenBacklog. */
    static Result<int> bindSocket(httplib::Server &server, const QString &host, int port);

    ClientIdentity m_identity = ClientIdentity::tlsSession();
    /** Device signing keys parsed once per stored PEM (DESIGN §11d): parsing only, no decision. */
    gateway::DeviceKeyCache m_deviceKeys;
    std::unique_ptr<httplib::Server> m_server;
    std::unique_ptr<httplib::Server> m_lane; // the heartbeat lane; null unless bound
    std::atomic<bool> m_stopping{false};     // stop() was called
    std::atomic<bool> m_laneDone{false};     // the lane's listen returned
    std::atomic<bool> m_laneServed{true};    // ... and how
};

} // namespace jiujin
