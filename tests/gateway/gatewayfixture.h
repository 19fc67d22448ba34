#pragma once

#include "caserecords.h"
#include "cataloguepublisher.h"
#include "centralstorage.h"
#include "channeltokens.h"
#include "devicerecords.h"
#include "enrollmentservice.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "gatewayserver.h"
#include "inprocessgateway.h"
#include "intakerecords.h"
#include "intakeservice.h"
#include "keys.h"
#include "requestsigning.h"
#include "sqlitecentralstorage.h"
#include "wire.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
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

/** The signed-request headers of device @p deviceId (key @p signing) for @p body, and
 *  Content-Encoding: gzip when @p gzipped. */
QList<QByteArray> signedHeaders(const jiujin::protocol::Key &signing, const QString &deviceId,
                                const QByteArray &method, const QByteArray &path,
                                const QByteArray &body, qint64 created, bool gzipped);

/** A P-256 private key (PKCS#8 PEM) and a PKCS#10 request for it (PEM). */
std::pair<QByteArray, QByteArray> makeCsr();

/** What a run of the jiujin-gateway command line gave. */
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed
    QByteArray out, err;
};
/** Runs jiujin-gateway with @p args (at most a minute). When the run stores central in
 *  PostgreSQL (PgTestServer::selected), `init` gets --database with a fresh database. */
CliRun gatewayCli(const QStringList &args);

/** Starts `jiujin-gateway serve --listen 127.0.0.1:0` followed by @p args in @p serve and waits
 *  (at most 30 s) for its first line, "listening on PORT"; the port (fails the test without it).
 *  The caller stops the process (its exit code is often what a test checks). */
int serveOnFreePort(QProcess &serve, const QStringList &args);

/** JSON requests to the operator API of a gateway on 127.0.0.1:port (pinned as a kiosk does):
 *  called as send(method, path, bearer[, body[, headers]]), a POST carrying @p json; fails the
 *  test on a transport error, naming the request and its answer. */
struct OperatorRequests
{
    int port = 0;
    QByteArray pin;

    HttpReply operator()(const QByteArray &method, const QByteArray &path, const QByteArray &bearer,
                         const QJsonObject &json = {}, QList<QByteArray> headers = {}) const;
    /** Logs operator @p id in with @p password (fails the test unless 201); the bearer token. */
    QByteArray login(const QString &id, const QString &password) const;
};

/** Central's storage for a test of its own: a fresh PostgreSQL database when the run selects
 *  it (attachments under @p sqlitePath's folder), else SQLite at @p sqlitePath. */
std::unique_ptr<jiujin::gateway::CentralStorage> openTestStorage(const QString &sqlitePath);
/** Points the data directory @p dataDir at a fresh PostgreSQL database (DIR/database) when the
 *  run selects it; nothing for SQLite. Call before the directory is initialised. */
void prepareTestDataDir(const QString &dataDir);
/** openTestStorage() as a Result, for tests that check the opening themselves. */
jiujin::Result<std::unique_ptr<jiujin::gateway::CentralStorage>>
openTestCentral(const QString &sqlitePath);
/** The SQLite handle of @p storage, for [sqlite] cases that look inside the file (fails the
 *  test on another engine). */
jiujin::Database &sqliteDatabase(jiujin::gateway::CentralStorage &storage);
/** Another connection to the storage of the gateway whose data directory is @p dataDir. */
std::unique_ptr<jiujin::gateway::CentralStorage> openGatewayTestStorage(const QString &dataDir);

/** Sets operator session @p tokenHash's last use back by @p seconds in the storage of the
 *  gateway at @p dataDir (as idle time passing would), on either engine. */
void ageOperatorSession(const QString &dataDir, const QString &tokenHash, qint64 seconds);
/** Every audit entry of the gateway at @p dataDir, oldest first (either engine). */
QList<jiujin::gateway::AuditRow> auditEntries(const QString &dataDir);

/** The fixed central time of the tests: 2026-11-28 10:00 in Inner Mongolia. */
QDateTime testNow();

/** The seed catalogue bundle (db/seed/catalogue.json). */
QByteArray seedCatalogue();

/** The seed's 失业登记 item, which craftRecord() applies for. */
inline const char *const unemploymentItem = "11150525MB0SB0001A415111010600001";

/** The form fields of a sound 失业登记 application (the seed's form; no PII of a real person). */
QJsonObject unemploymentFields();

/** A record sealed by hand to @p centralKey (the kiosk would refuse to queue an unsound one): a
 *  @p kind record of unemploymentItem at point 150525203000-01 with @p payload and no
 *  attachments, created at @p created; @p extraMeta's keys added to (or replacing) the
 *  metadata's. */
jiujin::protocol::WireRecord craftRecord(const jiujin::protocol::Key &centralKey,
                                         jiujin::protocol::Suite suite, const QString &kind,
                                         const QJsonObject &payload,
                                         const QDateTime &created = testNow(),
                                         const QJsonObject &extraMeta = {});

/** The temporary data directory and settable clock of a TestGateway, made before its gateway
 *  (with the PostgreSQL database remembered there when the test runs on PostgreSQL). */
struct TestGatewayPlace
{
    TestGatewayPlace();
    QDateTime now() const { return QDateTime::fromSecsSinceEpoch(nowSecs.load(), Qt::UTC); }

    QTemporaryDir dir;
    std::atomic<qint64> nowSecs;
};

/** A gateway initialised in a temporary directory and serving on a free port of 127.0.0.1 with
 *  a settable clock (client certificates are judged at that clock too): InProcessGateway
 *  (tests/support) on TestGatewayPlace, with what the gateway tests ask of it. */
struct TestGateway : TestGatewayPlace, InProcessGateway
{
    explicit TestGateway(jiujin::protocol::Suite defaultSuite = jiujin::protocol::Suite::Intl,
                         Forms forms = Forms::Seed);

    /** Publishes @p bundle through a connection of its own, as `catalogue publish` does from
     *  another process while the gateway serves (fails the test if it is refused). */
    jiujin::PublishResult publish(const QByteArray &bundle) const;

    QString token(const QString &suite = {});
    HttpReply post(const QByteArray &path, const QByteArray &body, const QList<QByteArray> &headers,
                   const std::optional<ClientCert> &cert = std::nullopt) const
    {
        return httpsPost(port, keys->serverPin(), path, body, headers, cert);
    }
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
