#include "gatewayserver.h"

#include "bookingsapi.h"
#include "bookingservice.h"
#include "casefeed.h"
#include "caselookup.h"
#include "caselookupservice.h"
#include "cataloguechanges.h"
#include "cataloguepublisher.h"
#include "centralcalendar.h"
#include "centralstorage.h"
#include "certificateauthority.h"
#include "channeltokens.h"
#include "chinatime.h"
#include "devicerecords.h"
#include "enrollmentservice.h"
#include "fleetapi.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "healthcheck.h"
#include "intakerecords.h"
#include "intakeservice.h"
#include "kioskcancels.h"
#include "operatorapi.h"
#include "ratingapi.h"
#include "ratingservice.h"
#include "renewal.h"
#include "renewalservice.h"
#include "requestsigning.h"
#include "slots.h"
#include "wire.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

#include <algorithm>

#include <httplib.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <sys/socket.h>

namespace jiujin {

namespace {

const char json[] = "application/json";
// Where the pre-routing handler keeps Content-Encoding (see there); never taken from the client.
const char heldEncoding[] = "X-JJ-Internal-Content-Encoding";

void send(httplib::Response &res, int status, const QByteArray &bytes)
{
    res.status = status;
    res.set_content(bytes.constData(), size_t(bytes.size()), json);
}

void reply(httplib::Response &res, int status, const QJsonObject &body)
{
    send(res, status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void refuse(httplib::Response &res, protocol::Refusal why)
{
    reply(res, 401, {{QStringLiteral("error"), QString::fromLatin1(protocol::refusalName(why))}});
}

void unavailable(httplib::Response &res, const Error &error)
{
    qCWarning(lcGateway) << "request failed:" << error.message;
    res.set_header("Retry-After", "30");
    reply(res, 503, {{QStringLiteral("error"), QStringLiteral("unavailable")}});
}

// 200 with the encoded answer, or 503 when the service behind it failed.
template <typename T> void sendEncoded(httplib::Response &res, const Result<T> &answer)
{
    if (!answer)
        return unavailable(res, answer.error());
    send(res, 200, protocol::encode(answer.value()));
}

// Signed per request with the receipt key of the device's suite: cheap next to the JSON.
template <typename Sign, typename Body>
void sendSigned(httplib::Response &res, const GatewayKeys &keys, const DeviceRow &device, Sign sign,
                const Body &body)
{
    const auto suite = protocol::suiteFromName(device.suite);
    if (!suite)
        return unavailable(
            res, Error{Error::Corrupt, QStringLiteral("device %1 has no suite").arg(device.id)});
    sendEncoded(res, sign(keys.receiptKey(*suite), body));
}

QByteArray header(const httplib::Request &req, const char *name)
{
    return QByteArray::fromStdString(req.get_header_value(name));
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c()
        .toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

GatewayServer::GatewayServer(const GatewayKeys &keys, gateway::CentralStorage &storage,
                             EnrollmentService &enrollment, IntakeService &intake, Options options)
    : m_keys(keys), m_storage(storage), m_enrollment(enrollment), m_intake(intake),
      m_options(std::move(options)), m_booking(std::make_unique<gateway::BookingService>(storage)),
      m_renewal(std::make_unique<RenewalService>(storage, keys)),
      m_caseFeed(std::make_unique<gateway::CaseFeed>(storage)),
      m_caseLookup(std::make_unique<gateway::CaseLookupService>(storage, keys)),
      m_health(std::make_unique<gateway::HealthCheck>([&storage]() -> Result<void> {
          // A read through the same storage (PostgreSQL: a pooled connection, checked and
          // replaced if the server closed it) as every request makes.
          auto version = storage.schemaVersion();
          if (!version)
              return version.error();
          return {};
      }))
{
    // GB/T 39734 asks the results to be published: each point's kiosks get its satisfaction over
    // the last 90 days with their case updates (PROTOCOL.md "Cases", figures).
    m_caseFeed->setFiguresProvider(
        [this](const QString &point) -> Result<QMap<QString, protocol::CaseFigure>> {
            auto figure =
                gateway::RatingService(m_storage).pointSatisfaction(point, m_options.clock());
            if (!figure)
                return figure.error();
            QMap<QString, protocol::CaseFigure> figures;
            if (figure->count > 0)
                figures.insert(QStringLiteral("satisfaction_90d"), {figure->rate, figure->count});
            return figures;
        });
}

GatewayServer::~GatewayServer()
{
    stop();
}

Result<int> GatewayServer::bind(const QString &host, int port)
{
    const QByteArray certPath = QFile::encodeName(m_keys.serverCertificatePath());
    const QByteArray keyPath = QFile::encodeName(m_keys.serverKeyPath());
    const QByteArray caPath = QFile::encodeName(m_keys.caCertificatePath());
    const bool fixedTime = m_options.certificatesUseClock;
    const qint64 verifyAt = m_options.clock().toSecsSinceEpoch();
    // SSLServer(cert, key, client_ca) would demand a client certificate on every endpoint, but
    // /v1/enroll is reached without one: ask for it, accept its absence, check it per endpoint.
    m_server = std::make_unique<httplib::SSLServer>([=](SSL_CTX &ctx) {
        if (SSL_CTX_set_min_proto_version(&ctx, TLS1_3_VERSION) != 1 ||
            SSL_CTX_use_certificate_chain_file(&ctx, certPath.constData()) != 1 ||
            SSL_CTX_use_PrivateKey_file(&ctx, keyPath.constData(), SSL_FILETYPE_PEM) != 1 ||
            SSL_CTX_check_private_key(&ctx) != 1 ||
            SSL_CTX_load_verify_locations(&ctx, caPath.constData(), nullptr) != 1)
            return false;
        STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(caPath.constData());
        if (!names)
            return false;
        SSL_CTX_set_client_CA_list(&ctx, names);
        SSL_CTX_set_verify(&ctx, SSL_VERIFY_PEER, nullptr);
        // With client certificates requested, OpenSSL refuses to resume a session (as libcurl
        // does when it reconnects) unless the server names its session context.
        static const unsigned char sessionContext[] = "jiujin-gateway";
        if (SSL_CTX_set_session_id_context(&ctx, sessionContext, sizeof sessionContext - 1) != 1)
            return false;
        if (fixedTime)
            X509_VERIFY_PARAM_set_time(SSL_CTX_get0_param(&ctx), time_t(verifyAt));
        return true;
    });
    if (!m_server->is_valid())
        return Error{Error::Io, QStringLiteral("TLS setup failed (server key, certificate or CA)")};
    m_identity = ClientIdentity::tlsSession();
    return listenOn(host, port);
}

Result<int> GatewayServer::bindBehindFront(const QByteArray &frontSecret, const QString &host,
                                           int port)
{
    if (frontSecret.isEmpty())
        return Error{Error::Invalid, QStringLiteral("the front needs a secret")};
    m_server = std::make_unique<httplib::Server>();
    m_identity = ClientIdentity::front(frontSecret);
    return listenOn(host, port);
}

Result<int> GatewayServer::bindBehindFrontTls(const QByteArray &frontSecret, const QString &host,
                                              int port, const QString &certificate,
                                              const QString &key)
{
    if (frontSecret.isEmpty())
        return Error{Error::Invalid, QStringLiteral("the front needs a secret")};
    m_server = hopServer(certificate, key);
    if (!m_server)
        return Error{Error::Io, QStringLiteral("TLS setup failed for the hop from the front "
                                               "(--hop-certificate %1, --hop-key %2)")
                                    .arg(certificate, key)};
    m_identity = ClientIdentity::front(frontSecret);
    return listenOn(host, port);
}

std::unique_ptr<httplib::Server> GatewayServer::hopServer(const QString &certificate,
                                                          const QString &key)
{
    const QByteArray certPath = QFile::encodeName(certificate);
    const QByteArray keyPath = QFile::encodeName(key);
    auto server = std::make_unique<httplib::SSLServer>([=](SSL_CTX &ctx) {
        return SSL_CTX_set_min_proto_version(&ctx, TLS1_3_VERSION) == 1 &&
               SSL_CTX_use_certificate_chain_file(&ctx, certPath.constData()) == 1 &&
               SSL_CTX_use_PrivateKey_file(&ctx, keyPath.constData(), SSL_FILETYPE_PEM) == 1 &&
               SSL_CTX_check_private_key(&ctx) == 1;
    });
    if (!server->is_valid())
        return nullptr;
    return server;
}

Result<int> GatewayServer::listenOn(const QString &host, int port)
{
    guard(*m_server, size_t(protocol::maxBodyBytes) + 64 * 1024);
    m_server->Post("/v1/enroll", [this](const httplib::Request &req, httplib::Response &res) {
        enroll(req, res);
    });
    m_server->Post("/v1/submissions", [this](const httplib::Request &req, httplib::Response &res) {
        submissions(req, res);
    });
    m_server->Post("/v1/heartbeat", [this](const httplib::Request &req, httplib::Response &res) {
        heartbeat(req, res);
    });
    m_server->Get("/healthz", [this](const httplib::Request &req, httplib::Response &res) {
        health(req, res);
    });
    m_server->Post("/v1/renew", [this](const httplib::Request &req, httplib::Response &res) {
        renew(req, res);
    });
    m_server->Get("/v1/pins",
                  [this](const httplib::Request &req, httplib::Response &res) { pins(req, res); });
    m_server->Get("/v1/catalogue/changes",
                  [this](const httplib::Request &req, httplib::Response &res) {
                      catalogueChanges(req, res);
                  });
    m_server->Get("/v1/cases/changes", [this](const httplib::Request &req, httplib::Response &res) {
        caseChanges(req, res);
    });
    m_server->Post("/v1/cases/lookup", [this](const httplib::Request &req, httplib::Response &res) {
        caseLookup(req, res);
    });
    m_server->Get("/v1/calendar", [this](const httplib::Request &req, httplib::Response &res) {
        calendar(req, res);
    });
    // HEAD reaches the GET handler (cpp-httplib); upload() answers only HEAD there.
    const char uploads[] = R"(/v1/uploads/([0-9a-f-]{36})/([0-9]{1,2}))";
    const auto uploadHandler = [this](const httplib::Request &req, httplib::Response &res) {
        upload(req, res);
    };
    m_server->Post(uploads, uploadHandler);
    m_server->Get(uploads, uploadHandler);
    m_server->Patch(uploads, uploadHandler);
    m_server->Get("/v1/slots", [this](const httplib::Request &req, httplib::Response &res) {
        bookingSlots(req, res);
    });
    m_server->Get(
        "/v1/bookings/cancels",
        [this](const httplib::Request &req, httplib::Response &res) { bookingCancels(req, res); });
    m_server->Post("/v1/leases", [this](const httplib::Request &req, httplib::Response &res) {
        bookingLeases(req, res);
    });
    const auto channelHandler = [this](const httplib::Request &req, httplib::Response &res) {
        channelBookings(req, res);
    };
    m_server->Post("/v1/channel/bookings", channelHandler);
    m_server->Delete(R"(/v1/channel/bookings/([A-Za-z0-9-]{1,64}))", channelHandler);
    if (m_operatorApi) // operators' bearer sessions, never a device certificate
        m_operatorApi->addRoutes(*m_server, m_options.clock);
    if (m_ratingApi)
        m_ratingApi->addRoutes(*m_server, m_options.clock);
    if (m_fleetApi)
        m_fleetApi->addRoutes(*m_server, m_options.clock);
    if (m_bookingsApi)
        m_bookingsApi->addRoutes(*m_server, m_options.clock);
    {
        // Abandoned uploads (a kiosk replaced, a record given up) are dropped at start.
        if (auto dropped =
                m_storage.intake().dropUploadsBefore(m_options.clock().addDays(-uploadKeepDays));
            !dropped)
            qCWarning(lcGateway) << "dropping abandoned uploads failed:" << dropped.error().message;
        else if (dropped.value() > 0)
            qCInfo(lcGateway) << "dropped" << dropped.value() << "abandoned uploads";
    }
    return bindSocket(*m_server, host, port);
}

void GatewayServer::guard(httplib::Server &server, size_t maxPayload)
{
    server.set_tcp_nodelay(true);
    // A drain of thousands of records should stay on one connection (the default is 5 requests).
    server.set_keep_alive_max_count(1000);
    server.set_payload_max_length(maxPayload);
    server.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        // Behind the front, only the front may speak to this listener (it holds the secret).
        if (!m_identity.admits(req)) {
            reply(res, 403, {{QStringLiteral("error"), QStringLiteral("front")}});
            return httplib::Server::HandlerResponse::Handled;
        }
        // cpp-httplib inflates gzip bodies itself, without a bound and before the handler
        // could check Content-Digest over the bytes as sent. The request object is the
        // server's own mutable one; the encoding is moved aside and handled in plainBody().
        auto &mutableReq = const_cast<httplib::Request &>(req);
        mutableReq.headers.erase(heldEncoding);
        const auto it = mutableReq.headers.find("Content-Encoding");
        if (it != mutableReq.headers.end()) {
            const std::string encoding = it->second;
            mutableReq.headers.erase("Content-Encoding");
            mutableReq.headers.emplace(heldEncoding, encoding);
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_post_routing_handler([this](const httplib::Request &, httplib::Response &res) {
        res.set_header("Date", httpDate(m_options.clock()).toStdString());
    });
    server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            reply(res, 500, {{QStringLiteral("error"), QStringLiteral("internal")}});
        });
}

Result<int> GatewayServer::bindSocket(httplib::Server &server, const QString &host, int port)
{
    // cpp-httplib's own options add SO_REUSEPORT, which would let a second process (a stale
    // instance) bind the same port and take half the connections: the address only, here.
    const auto listenSocket = std::make_shared<int>(-1); // as cpp-httplib made it
    server.set_socket_options([listenSocket](int sock) {
        const int on = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        *listenSocket = sock;
    });
    const std::string h = host.toStdString();
    int bound = port;
    if (port == 0)
        bound = server.bind_to_any_port(h);
    else if (!server.bind_to_port(h, port))
        bound = -1;
    if (bound <= 0)
        return Error{Error::Io, QStringLiteral("cannot listen on %1:%2").arg(host).arg(port)};
    // cpp-httplib listened with a backlog of 5; listen() again sets the queue's length.
    if (*listenSocket < 0 || ::listen(*listenSocket, listenBacklog) != 0)
        return Error{Error::Io,
                     QStringLiteral("cannot set the listen backlog on %1:%2").arg(host).arg(bound)};
    return bound;
}

Result<int> GatewayServer::bindHeartbeatLane(const QString &host, int port,
                                             const QString &certificate, const QString &key)
{
    if (!m_server)
        return Error{Error::Invalid, QStringLiteral("the heartbeat lane comes with a listener")};
    // Its own pool: cpp-httplib hands a connection to a thread before it reads the request, so
    // one pool cannot keep threads for heartbeats; nginx routes by path before it connects.
    if (certificate.isEmpty()) {
        m_lane = std::make_unique<httplib::Server>();
    } else {
        m_lane = hopServer(certificate, key);
        if (!m_lane)
            return Error{Error::Io, QStringLiteral("TLS setup failed for the heartbeat lane "
                                                   "(--hop-certificate %1, --hop-key %2)")
                                        .arg(certificate, key)};
    }
    m_lane->new_task_queue = [] { return new httplib::ThreadPool(size_t(laneThreads)); };
    // The front bounds a heartbeat's body to protocol::maxSmallBodyBytes; so does the lane.
    guard(*m_lane, size_t(protocol::maxSmallBodyBytes));
    m_lane->Post("/v1/heartbeat", [this](const httplib::Request &req, httplib::Response &res) {
        heartbeat(req, res);
    });
    // Not 查进度 (/v1/cases/lookup): it records and audits every lookup on central's chain, whose
    // head intake batches hold until they commit; on the lane it would bring their wait with it.
    // A province's front checks this upstream on its own (jiujin-front-health): what the
    // lane's own threads see of the database.
    m_lane->Get("/healthz",
                [this](const httplib::Request &req, httplib::Response &res) { health(req, res); });
    auto bound = bindSocket(*m_lane, host, port);
    if (!bound)
        m_lane.reset();
    return bound;
}

bool GatewayServer::listen()
{
    if (!m_server)
        return false;
    std::thread lane;
    if (m_lane) {
        m_laneDone = false;
        lane = std::thread([this] {
            m_laneServed = m_lane->listen_after_bind();
            m_laneDone = true;
            // Heartbeats would go unanswered (503 at the front) while intake went on: a lane
            // that ended by itself ends the main listener too, and `serve` with it.
            while (!m_stopping) {
                if (m_server->is_running()) {
                    m_server->stop();
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
    }
    const bool served = m_server->listen_after_bind();
    if (!lane.joinable())
        return served;
    // stop() may have come before the lane listened, when stopping it did nothing yet.
    m_stopping = true;
    while (!m_laneDone) {
        m_lane->stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    lane.join();
    return served && m_laneServed;
}

bool GatewayServer::isRunning() const
{
    return m_server && m_server->is_running();
}

void GatewayServer::stop()
{
    m_stopping = true;
    if (m_server)
        m_server->stop();
    if (m_lane)
        m_lane->stop();
}

std::unique_ptr<QByteArray> GatewayServer::plainBody(const httplib::Request &req,
                                                     httplib::Response &res)
{
    const QByteArray raw = QByteArray::fromStdString(req.body);
    const std::string encoding = req.get_header_value(heldEncoding);
    if (encoding.empty() || encoding == "identity") {
        if (raw.size() > protocol::maxBodyBytes) {
            reply(res, 413, {{QStringLiteral("error"), QStringLiteral("too_large")}});
            return {};
        }
        return std::make_unique<QByteArray>(raw);
    }
    if (encoding != "gzip") {
        reply(res, 415, {{QStringLiteral("error"), QStringLiteral("encoding")}});
        return {};
    }
    auto plain = protocol::gunzip(raw, protocol::maxBodyBytes);
    if (!plain) {
        const bool full = plain.error().code == Error::Full;
        reply(res, full ? 413 : 400,
              {{QStringLiteral("error"),
                full ? QStringLiteral("too_large") : QStringLiteral("gzip")}});
        return {};
    }
    return std::make_unique<QByteArray>(std::move(plain.value()));
}

template <typename Decode>
auto GatewayServer::decodedBody(const httplib::Request &req, httplib::Response &res, Decode decode)
    -> std::optional<std::remove_reference_t<decltype(decode(QByteArrayView()).value())>>
{
    auto body = plainBody(req, res);
    if (!body)
        return std::nullopt;
    auto decoded = decode(*body);
    if (!decoded) {
        reply(res, 400,
              {{QStringLiteral("error"), QStringLiteral("body")},
               {QStringLiteral("detail"), decoded.error().message}});
        return std::nullopt;
    }
    return std::move(decoded.value());
}

std::unique_ptr<DeviceRow> GatewayServer::verify(const httplib::Request &req,
                                                 httplib::Response &res, const QDateTime &now,
                                                 QString &nonce)
{
    const ClientIdentity::Certificate peer = m_identity.certificate(req);
    if (!peer) {
        refuse(res, protocol::Refusal::Device);
        return {};
    }
    protocol::SignedHeaders h;
    h.device = header(req, "X-JJ-Device");
    h.created = header(req, "X-JJ-Created");
    h.nonce = header(req, "X-JJ-Nonce");
    h.contentDigest = header(req, "Content-Digest");
    h.signature = header(req, "X-JJ-Signature");
    const QString cn = pki::commonName(peer.get());
    if (cn.isEmpty() || cn.toUtf8() != h.device) {
        refuse(res, protocol::Refusal::Device);
        return {};
    }
    auto known = m_storage.devices().device(cn);
    if (!known) {
        // Central cannot read its device list: busy or broken, not "unknown device".
        unavailable(res, known.error());
        return {};
    }
    const std::optional<DeviceRow> &device = known.value();
    if (!device || device->revokedAt) {
        refuse(res, protocol::Refusal::Device);
        return {};
    }
    // The revocation above and the signature below run on every request; the cache keyed by the
    // stored bytes only spares OpenSSL's slow PEM decoders (DESIGN §11d).
    auto key = m_deviceKeys.key(device->signingKeyPem);
    if (!key) {
        refuse(res, protocol::Refusal::Device);
        return {};
    }
    const protocol::Refusal why = protocol::checkRequest(
        *key.value(), QByteArray::fromStdString(req.method), QByteArray::fromStdString(req.target),
        QByteArray::fromStdString(req.body), h, now.toSecsSinceEpoch());
    if (why != protocol::Refusal::None) {
        refuse(res, why);
        return {};
    }
    nonce = QString::fromLatin1(h.nonce);
    return std::make_unique<DeviceRow>(std::move(*device));
}

std::unique_ptr<DeviceRow> GatewayServer::authenticate(const httplib::Request &req,
                                                       httplib::Response &res, const QDateTime &now)
{
    QString nonce;
    auto device = verify(req, res, now, nonce);
    if (!device)
        return {};
    auto fresh = m_storage.devices().rememberNonce(nonce, device->id, now, nonceWindowSeconds);
    if (!fresh) {
        unavailable(res, fresh.error());
        return {};
    }
    if (!fresh.value()) {
        refuse(res, protocol::Refusal::Replay);
        return {};
    }
    return device;
}

void GatewayServer::enroll(const httplib::Request &req, httplib::Response &res)
{
    auto request = decodedBody(req, res, protocol::decodeEnrollRequest);
    if (!request)
        return;
    const QDateTime now = m_options.clock();
    auto answer = m_enrollment.enroll(request.value(), now);
    if (!answer) {
        const Error &e = answer.error();
        if (e.code == Error::NotFound)
            reply(res, 403, {{QStringLiteral("error"), QStringLiteral("token")}});
        else if (e.code == Error::Busy && e.message == QLatin1String("signing_key"))
            reply(res, 409, {{QStringLiteral("error"), QStringLiteral("signing_key")}});
        else if (e.code == Error::Invalid)
            reply(res, 400, {{QStringLiteral("error"), e.message}});
        else
            unavailable(res, e);
        return;
    }
    send(res, 200, protocol::encode(answer.value()));
}

void GatewayServer::submissions(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    QElapsedTimer took;
    took.start();
    IntakeTimings timings;
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    timings.verify = took.nsecsElapsed();
    auto batch = decodedBody(req, res, protocol::decodeSubmissionBatch);
    if (!batch)
        return;
    timings.decode = took.nsecsElapsed() - timings.verify;
    auto result = m_intake.receive(*device, batch.value(), *m_booking, now, timings);
    sendEncoded(res, result);
}

void GatewayServer::upload(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    const QString uuid = QString::fromStdString(req.matches[1].str());
    bool numeric = false;
    const int index = QString::fromStdString(req.matches[2].str()).toInt(&numeric);
    auto error = [&res](int status, const char *word) {
        reply(res, status, {{QStringLiteral("error"), QString::fromLatin1(word)}});
    };
    auto offsets = [&res](qint64 offset, qint64 length) {
        res.set_header("Upload-Offset", std::to_string(offset));
        res.set_header("Upload-Length", std::to_string(length));
    };
    if (QUuid::fromString(uuid).toString(QUuid::WithoutBraces) != uuid || !numeric)
        return error(404, "upload");
    // A record with more pictures than central takes: refused for that record alone.
    if (index >= protocol::maxAttachments)
        return error(413, "too_many");

    if (req.method == "POST") {
        auto create = decodedBody(req, res, protocol::decodeUploadCreate);
        if (!create)
            return;
        const qint64 length = create->length;
        // Central already has the record (its answer was lost): nothing is to be sent again.
        const auto stored = m_storage.intake().submission(device->id, uuid);
        if (!stored)
            return unavailable(res, stored.error());
        if (stored->has_value()) {
            res.status = 200;
            return offsets(length, length);
        }
        const auto found = m_storage.intake().upload(device->id, uuid, index);
        if (!found)
            return unavailable(res, found.error());
        const std::optional<UploadRow> &existing = found.value();
        if (existing && existing->length == length && existing->sha256 == create->sha256) {
            res.status = 200;
            return offsets(existing->received, existing->length);
        }
        if (existing && existing->finished()) {
            offsets(existing->received, existing->length);
            return error(409, "finished");
        }
        if (auto dropped = m_storage.intake().dropUploadsBefore(now.addDays(-uploadKeepDays));
            !dropped)
            return unavailable(res, dropped.error());
        if (auto r = uploadQuota(*device, uuid, index, length, existing.has_value(), now, res); !r)
            return unavailable(res, r.error());
        else if (!r.value())
            return;
        UploadRow row;
        row.device = device->id;
        row.uuid = uuid;
        row.index = index;
        row.length = length;
        row.sha256 = create->sha256;
        row.createdAt = now;
        if (auto r = m_storage.intake().startUpload(row); !r)
            return unavailable(res, r.error());
        res.status = 201;
        return offsets(0, length);
    }

    if (req.method == "HEAD") {
        const auto found = m_storage.intake().upload(device->id, uuid, index);
        if (!found)
            return unavailable(res, found.error());
        const std::optional<UploadRow> &existing = found.value();
        if (!existing) {
            res.status = 404;
            return;
        }
        res.status = 200;
        return offsets(existing->received, existing->length);
    }

    if (req.method != "PATCH")
        return error(405, "method");
    if (req.get_header_value("Content-Type") != "application/offset+octet-stream")
        return error(415, "content_type");
    // Sealed bytes do not compress; the offsets count the bytes as sent.
    const std::string encoding = req.get_header_value(heldEncoding);
    if (!encoding.empty() && encoding != "identity")
        return error(415, "encoding");
    const std::string offsetText = req.get_header_value("Upload-Offset");
    bool offsetOk = !offsetText.empty() && offsetText.size() <= 10 &&
                    offsetText.find_first_not_of("0123456789") == std::string::npos;
    const qint64 offset = offsetOk ? std::stoll(offsetText) : -1;
    if (!offsetOk)
        return error(400, "offset");
    if (qsizetype(req.body.size()) > protocol::maxUploadChunk)
        return error(413, "too_large");
    const auto found = m_storage.intake().upload(device->id, uuid, index);
    if (!found)
        return unavailable(res, found.error());
    const std::optional<UploadRow> &existing = found.value();
    if (!existing)
        return error(404, "upload");
    if (offset != existing->received) {
        offsets(existing->received, existing->length);
        return error(409, "offset");
    }
    const qint64 end = offset + qint64(req.body.size());
    if (end > existing->length) {
        offsets(existing->received, existing->length);
        return error(400, "past_length");
    }
    if (end > offset) {
        const QString day = IntakeService::serviceDay(now);
        auto used = m_storage.intake().usage(device->id, day);
        if (!used)
            return unavailable(res, used.error());
        if (DeviceQuotas::over(m_intake.quotas().bytesPerDay, used->bytes, end - offset)) {
            offsets(existing->received, existing->length);
            return overQuota(res, now);
        }
        if (auto r = m_storage.intake().appendChunk(
                device->id, uuid, index, offset,
                QByteArrayView(req.body.data(), qsizetype(req.body.size())));
            !r)
            return unavailable(res, r.error());
        if (auto r = m_storage.intake().addUsage(device->id, day, 0, end - offset); !r)
            return unavailable(res, r.error());
    }
    if (end == existing->length && end > offset) {
        // Hashed from the file in pieces: memory stays bounded whatever the upload's length. A
        // file shorter than central's offset (lost on a crash) fails like a wrong checksum.
        auto sha = m_storage.intake().uploadSha256(device->id, uuid, index);
        if (!sha && sha.error().code != Error::Corrupt)
            return unavailable(res, sha.error());
        if (!sha || sha.value() != existing->sha256) {
            if (auto r = m_storage.intake().resetUpload(device->id, uuid, index); !r)
                return unavailable(res, r.error());
            qCInfo(lcGateway) << "upload" << uuid << index << "from" << device->id
                              << "failed its checksum; restarts from 0";
            offsets(0, existing->length);
            return error(422, "checksum");
        }
    }
    res.status = 204;
    offsets(end, existing->length);
}

void GatewayServer::overQuota(httplib::Response &res, const QDateTime &now)
{
    // Until the next service day (the quota's), at most an hour: a raised quota is felt soon.
    const QDateTime midnight = chinaMidnight(chinaDate(now).addDays(1));
    const qint64 wait = std::clamp<qint64>(now.secsTo(midnight), 60, 3600);
    res.set_header("Retry-After", std::to_string(wait));
    reply(res, 429, {{QStringLiteral("error"), QStringLiteral("quota")}});
}

Result<bool> GatewayServer::uploadQuota(const DeviceRow &device, const QString &uuid, int index,
                                        qint64 length, bool restart, const QDateTime &now,
                                        httplib::Response &res)
{
    const DeviceQuotas &quotas = m_intake.quotas();
    auto others = m_storage.intake().uploadedTotal(device.id, uuid, index);
    if (!others)
        return others.error();
    if (DeviceQuotas::over(quotas.recordAttachmentBytes, others.value(), length)) {
        // About the record, not the channel: the kiosk sets it aside for staff.
        reply(res, 413, {{QStringLiteral("error"), QStringLiteral("record_too_large")}});
        return false;
    }
    auto open = m_storage.intake().openUploads(device.id);
    if (!open)
        return open.error();
    if (!restart && DeviceQuotas::over(quotas.openUploads, open.value(), 1)) {
        qCWarning(lcGateway) << "device" << device.id << "holds" << open.value()
                             << "open uploads: quota";
        overQuota(res, now);
        return false;
    }
    return true;
}

void GatewayServer::heartbeat(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    QElapsedTimer timer;
    timer.start();
    QString nonce;
    auto device = verify(req, res, now, nonce);
    if (!device)
        return;
    const qint64 verifiedNs = timer.nsecsElapsed();
    auto beat = decodedBody(req, res, protocol::decodeHeartbeat);
    if (!beat)
        return;
    // The nonce and the heartbeat in one transaction that does not wait for the disk: the only
    // flush a heartbeat waited for (DESIGN §11d). Re-encoded from the decoded fields: only what
    // the protocol defines is kept.
    auto fresh = m_storage.devices().takeHeartbeat(nonce, device->id, now, nonceWindowSeconds,
                                                   protocol::encode(beat.value()));
    if (!fresh) {
        unavailable(res, fresh.error());
        return;
    }
    if (!fresh.value()) {
        refuse(res, protocol::Refusal::Replay);
        return;
    }
    // Where the handler's time went (the device's row and signature; decoding and storing), for
    // the fleet benchmark to tell it from the time before the handler ran (the front, the hop,
    // the wait for a request thread). Timings only: nothing about the device or other requests.
    const qint64 doneNs = timer.nsecsElapsed();
    res.set_header("Server-Timing", QStringLiteral("verify;dur=%1, store;dur=%2")
                                        .arg(double(verifiedNs) / 1e6, 0, 'f', 2)
                                        .arg(double(doneNs - verifiedNs) / 1e6, 0, 'f', 2)
                                        .toStdString());
    res.status = 204;
}

void GatewayServer::health(const httplib::Request &, httplib::Response &res)
{
    const gateway::HealthCheck::Answer answer = m_health->check();
    {
        std::lock_guard lock(m_healthLog);
        if (answer.healthy != m_wasHealthy) {
            if (answer.healthy)
                qCInfo(lcGateway) << "health: the database answers again";
            else
                qCWarning(lcGateway) << "health: unavailable:" << answer.why;
            m_wasHealthy = answer.healthy;
        }
    }
    res.set_header("Cache-Control", "no-store");
    if (answer.healthy) {
        reply(res, 200, {{QStringLiteral("status"), QStringLiteral("ok")}});
        return;
    }
    res.set_header("Retry-After", "5");
    reply(res, 503, {{QStringLiteral("error"), QStringLiteral("unavailable")}});
}

void GatewayServer::renew(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    auto request = decodedBody(req, res, protocol::decodeRenewRequest);
    if (!request)
        return;
    auto answer = m_renewal->renew(*device, request.value(), now);
    if (!answer) {
        if (answer.error().code == Error::Invalid)
            reply(res, 400, {{QStringLiteral("error"), QStringLiteral("csr")}});
        else if (answer.error().code == Error::NotFound)
            refuse(res, protocol::Refusal::Device);
        else
            unavailable(res, answer.error());
        return;
    }
    send(res, 200, protocol::encode(answer.value()));
}

void GatewayServer::pins(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    const protocol::PinAnnouncement announcement{m_keys.announcedPins(),
                                                 now.toUTC().addMSecs(-now.time().msec())};
    const auto suite = protocol::suiteFromName(device->suite);
    if (!suite)
        return unavailable(
            res, Error{Error::Corrupt, QStringLiteral("device %1 has no suite").arg(device->id)});
    auto body = protocol::signPinAnnouncement(m_keys.receiptKey(*suite), announcement);
    if (!body)
        return unavailable(res, body.error());
    send(res, 200, body.value());
}

void GatewayServer::catalogueChanges(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    // since: a decimal sequence number, nothing else (it is part of the signed path).
    const QByteArray since = QByteArray::fromStdString(req.get_param_value("since"));
    bool sinceOk =
        !since.isEmpty() && since.size() <= 15 && req.get_param_value_count("since") == 1;
    for (char c : since)
        sinceOk = sinceOk && c >= '0' && c <= '9';
    if (!sinceOk) {
        reply(res, 400, {{QStringLiteral("error"), QStringLiteral("since")}});
        return;
    }
    if (!m_catalogue) {
        reply(res, 404, {{QStringLiteral("error"), QStringLiteral("none")}});
        return;
    }
    auto answer = m_catalogue->changesSince(since.toLongLong());
    if (!answer) {
        unavailable(res, answer.error());
        return;
    }
    switch (answer->kind) {
    case CatalogueAnswer::Kind::None:
        reply(res, 404, {{QStringLiteral("error"), QStringLiteral("none")}});
        return;
    case CatalogueAnswer::Kind::UpToDate:
        res.status = 204;
        return;
    case CatalogueAnswer::Kind::Snapshot:
        reply(res, 410, {{QStringLiteral("error"), QStringLiteral("snapshot")}});
        return;
    case CatalogueAnswer::Kind::Changes:
        break;
    }
    sendSigned(res, m_keys, *device, protocol::signCatalogueChanges, answer->changes);
}

void GatewayServer::caseChanges(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    const QByteArray since = QByteArray::fromStdString(req.get_param_value("since"));
    bool sinceOk =
        !since.isEmpty() && since.size() <= 15 && req.get_param_value_count("since") == 1;
    for (char c : since)
        sinceOk = sinceOk && c >= '0' && c <= '9';
    if (!sinceOk)
        return reply(res, 400, {{QStringLiteral("error"), QStringLiteral("since")}});
    // The device's point from its enrollment: a kiosk sees its own point's cases only.
    auto answer = m_caseFeed->changesSince(device->point, since.toLongLong());
    if (!answer)
        return unavailable(res, answer.error());
    if (answer->kind == gateway::CaseFeedAnswer::Kind::UpToDate) {
        res.status = 204;
        return;
    }
    if (answer->kind == gateway::CaseFeedAnswer::Kind::Ahead)
        return reply(res, 410, {{QStringLiteral("error"), QStringLiteral("snapshot")}});
    sendSigned(res, m_keys, *device, protocol::signCaseChanges, answer->changes);
}

void GatewayServer::caseLookup(const httplib::Request &req, httplib::Response &res)
{
    // A receipt and four characters: anything larger is refused before it is read further.
    if (qsizetype(req.body.size()) > protocol::maxCaseLookupRequest)
        return reply(res, 413, {{QStringLiteral("error"), QStringLiteral("too_large")}});
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    auto request = decodedBody(req, res, protocol::decodeCaseLookupRequest);
    if (!request)
        return;
    auto outcome = m_caseLookup->lookup(*device, request.value(), now);
    if (!outcome)
        return unavailable(res, outcome.error());
    switch (outcome->kind) {
    case gateway::CaseLookupOutcome::Kind::NotFound:
        return reply(res, 404, {{QStringLiteral("error"), QStringLiteral("not_found")}});
    case gateway::CaseLookupOutcome::Kind::Limited:
        res.set_header("Retry-After", std::to_string(outcome->retryAfterS));
        return reply(res, 429, {{QStringLiteral("error"), QStringLiteral("rate")}});
    case gateway::CaseLookupOutcome::Kind::Found:
        break;
    }
    sendSigned(res, m_keys, *device, protocol::signCaseLookupAnswer, outcome->answer);
}

void GatewayServer::calendar(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    // What is served is what central counts on: a year imported meanwhile counts from now on.
    gateway::CentralCalendar calendar(m_storage);
    if (auto v = calendar.refresh(gateway::liveCalendar()); !v)
        return unavailable(res, v.error());
    const auto document = gateway::CentralCalendar::documentOf(gateway::liveCalendar());
    const std::string etag = '"' + document.version.toStdString() + '"';
    res.set_header("ETag", etag);
    if (req.get_header_value("If-None-Match") == etag) {
        res.status = 304;
        return;
    }
    const auto suite = protocol::suiteFromName(device->suite);
    if (!suite)
        return unavailable(
            res, Error{Error::Corrupt, QStringLiteral("device %1 has no suite").arg(device->id)});
    sendEncoded(res, protocol::signCalendar(m_keys.receiptKey(*suite), document.text));
}

void GatewayServer::bookingSlots(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    const auto param = [&req](const char *key) {
        return req.get_param_value_count(key) == 1
                   ? QString::fromStdString(req.get_param_value(key))
                   : QString();
    };
    const QString point = param("point");
    const QDate from = QDate::fromString(param("from"), QStringLiteral("yyyy-MM-dd"));
    const QString daysText = req.has_param("days") ? param("days") : QStringLiteral("7");
    bool daysOk = false;
    const int days = daysText.toInt(&daysOk);
    if (point.isEmpty() || !from.isValid() || !daysOk || daysText.size() > 2 || days < 1 ||
        days > protocol::maxSlotDays) {
        reply(res, 400, {{QStringLiteral("error"), QStringLiteral("query")}});
        return;
    }
    if (point != device->point) {
        reply(res, 403, {{QStringLiteral("error"), QStringLiteral("point")}});
        return;
    }
    auto list = m_booking->slotList(point, from, days, now);
    if (!list) {
        unavailable(res, list.error());
        return;
    }
    sendSigned(res, m_keys, *device, protocol::signSlots, list.value());
}

void GatewayServer::bookingCancels(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    // Asking is how a kiosk says it understands: from now on the console may cancel its bookings.
    auto list = gateway::KioskCancels(m_storage).listFor(device->id, now);
    if (!list)
        return unavailable(res, list.error());
    sendSigned(res, m_keys, *device, protocol::signBookingCancels, list.value());
}

void GatewayServer::bookingLeases(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    auto device = authenticate(req, res, now);
    if (!device)
        return;
    auto request = decodedBody(req, res, protocol::decodeLeaseRequest);
    if (!request)
        return;
    auto answer = m_booking->lease(device->id, device->point, request->want, request->settle, now);
    sendEncoded(res, answer);
}

void GatewayServer::channelBookings(const httplib::Request &req, httplib::Response &res)
{
    const QDateTime now = m_options.clock();
    // Other channels hold a bearer token, not a client certificate (PROTOCOL.md, "Booking"):
    // known, not revoked, not expired, within its rate, and only for the points of its scope.
    const QByteArray authorization = header(req, "Authorization");
    const QByteArray bearer = "Bearer ";
    const auto token = m_channelTokens && authorization.startsWith(bearer)
                           ? m_channelTokens->find(authorization.mid(bearer.size()).trimmed(), now)
                           : std::nullopt;
    if (!token) {
        reply(res, 401, {{QStringLiteral("error"), QStringLiteral("token")}});
        return;
    }
    if (const int wait = m_channelTokens->admit(*token, now); wait > 0) {
        res.set_header("Retry-After", std::to_string(wait));
        reply(res, 429, {{QStringLiteral("error"), QStringLiteral("rate")}});
        return;
    }
    const auto channel = std::optional<QString>(token->channel());
    if (req.method == "DELETE") {
        auto cancelled =
            m_booking->channelCancel(*channel, QString::fromStdString(req.matches[1].str()), now);
        if (!cancelled) {
            unavailable(res, cancelled.error());
            return;
        }
        if (!cancelled.value()) {
            reply(res, 404, {{QStringLiteral("error"), QStringLiteral("booking")}});
            return;
        }
        res.status = 204;
        return;
    }
    auto request = decodedBody(req, res, protocol::decodeChannelBookingRequest);
    if (!request)
        return;
    // Slot ids are "POINT/LOCAL-START"; one without a point is answered 404 by the booking.
    if (const qsizetype slash = request->slot.indexOf(u'/');
        slash > 0 && !token->covers(request->slot.left(slash))) {
        reply(res, 403, {{QStringLiteral("error"), QStringLiteral("point")}});
        return;
    }
    auto answer = m_booking->channelBook(*channel, request->slot, request->ref, request->item, now);
    if (!answer) {
        unavailable(res, answer.error());
        return;
    }
    switch (answer->kind) {
    case gateway::ChannelAnswer::Kind::NoSlot:
        reply(res, 404, {{QStringLiteral("error"), QStringLiteral("slot")}});
        return;
    case gateway::ChannelAnswer::Kind::Full:
        reply(res, 409, {{QStringLiteral("error"), QStringLiteral("full")}});
        return;
    case gateway::ChannelAnswer::Kind::Item:
        reply(res, 422, {{QStringLiteral("error"), QStringLiteral("item")}});
        return;
    case gateway::ChannelAnswer::Kind::Booked:
        break;
    }
    send(res, 201,
         protocol::encode(protocol::ChannelBookingResponse{answer->booking, answer->slot}));
}

int GatewayServer::requestThreads()
{
    return int(CPPHTTPLIB_THREAD_POOL_COUNT);
}

} // namespace jiujin
