// One public front for several instances (issue 16, docs/DEPLOY-province.md §1): the nginx
// configuration shipped as packaging/gateway/nginx-province.conf, with only its sample addresses
// and paths replaced, in front of two `jiujin-gateway serve --behind-front` instances on one
// PostgreSQL. Simulated kiosks drain a backlog through it; one instance is killed midway and
// stays dead. Every acknowledged record must be at central exactly once, every outbox drained,
// and no request may fail outside a short window after the kill (the front takes the dead
// instance out by itself: a refused connection goes on to the other at once).
#include "centralstorage.h"
#include "fleetcentral.h"
#include "fleetcheck.h"
#include "fleetsimulator.h"
#include "frontproxy.h"
#include "gatewaykeys.h"
#include "scratchpostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace jiujin;
using namespace jiujin::scale;

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

/** A port free at this moment on 127.0.0.1. */
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    sockaddr_in a = loopback(0);
    socklen_t len = sizeof a;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
                       ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0;
    ::close(fd);
    REQUIRE(bound);
    return ntohs(a.sin_port);
}

/** Sends @p request to 127.0.0.1:@p port in plain TCP and reads the answer until it closes
 *  (5 s at most); empty when nothing listens there. */
QByteArray exchange(int port, const QByteArray &request)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    timeval wait{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    const sockaddr_in to = loopback(port);
    QByteArray answer;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) == 0) {
        if (!request.isEmpty() && ::write(fd, request.constData(), size_t(request.size())) > 0) {
            char buffer[4096];
            for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
                answer.append(buffer, qsizetype(n));
        } else if (request.isEmpty()) {
            answer = "connected";
        }
    }
    ::close(fd);
    return answer;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() &&
           f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

/** Runs @p program with @p args; its exit code (-1 when it did not run to the end), its output
 *  in @p output. */
int run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
        const QStringList &environment = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty())
        p.setEnvironment(QProcess::systemEnvironment() + environment);
    p.start(program, args);
    const bool done = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit;
    if (output)
        *output = p.readAll();
    return done ? p.exitCode() : -1;
}

/** The province's own CA for the hop from the front to the instances, and one instance
 *  certificate from it named as the front asks (proxy_ssl_name), in @p dir: hop-ca.pem,
 *  hop.pem, hop.key (P-256; DEPLOY-province.md §1 has the same commands). */
void makeHopPki(const QString &dir)
{
    const auto in = [&](const char *name) { return dir + QLatin1Char('/') + QLatin1String(name); };
    REQUIRE(writeFile(in("hop.ext"), "subjectAltName=DNS:jiujin-gateway-instance\n"));
    const QString openssl = QStringLiteral("openssl");
    QByteArray out;
    INFO(out.toStdString());
    REQUIRE(run(openssl,
                {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                 "-keyout", in("hop-ca.key"), "-out", in("hop-ca.pem"), "-days", "30", "-subj",
                 "/CN=province hop CA"},
                &out) == 0);
    REQUIRE(run(openssl,
                {"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                 in("hop.key"), "-out", in("hop.csr"), "-subj", "/CN=jiujin-gateway-instance"},
                &out) == 0);
    REQUIRE(run(openssl,
                {"x509", "-req", "-in", in("hop.csr"), "-CA", in("hop-ca.pem"), "-CAkey",
                 in("hop-ca.key"), "-CAcreateserial", "-out", in("hop.pem"), "-days", "30",
                 "-extfile", in("hop.ext")},
                &out) == 0);
}

/** GET /healthz straight to an instance over TLS, its certificate checked against @p ca under
 *  the name the front uses; the HTTP status, 0 when no TLS answer came. */
int instanceHealth(int port, const QString &ca, const QByteArray &secret)
{
    QStringList args{QStringLiteral("-s"),
                     QStringLiteral("-o"),
                     QStringLiteral("/dev/null"),
                     QStringLiteral("-m"),
                     QStringLiteral("10"),
                     QStringLiteral("-w"),
                     QStringLiteral("%{http_code}"),
                     QStringLiteral("--cacert"),
                     ca,
                     QStringLiteral("--connect-to"),
                     QStringLiteral("jiujin-gateway-instance:%1:127.0.0.1:%1").arg(port)};
    if (!secret.isEmpty())
        args << QStringLiteral("-H")
             << QStringLiteral("X-JJ-Front: ") + QString::fromLatin1(secret);
    args << QStringLiteral("https://jiujin-gateway-instance:%1/healthz").arg(port);
    QByteArray out;
    run(QStringLiteral("curl"), args, &out);
    return out.trimmed().toInt();
}

/** The shipped configuration with its sample values replaced: the two instances' ports, the
 *  front's port, and its folders under @p dir; run in the foreground (as root: one process, as
 *  FrontProxy does it, since root's workers would switch to a user a test machine may lack). */
QByteArray provinceConfig(const QString &dir, int frontPort, const QList<int> &instances)
{
    QFile sample(QStringLiteral(JIUJIN_PROVINCE_CONF));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QByteArray c = sample.readAll();
    const QByteArray d = QFile::encodeName(dir);
    const QList<std::pair<QByteArray, QByteArray>> replaced{
        {"10.10.1.11:8444", "127.0.0.1:" + QByteArray::number(instances.at(0))},
        {"10.10.1.12:8444", "127.0.0.1:" + QByteArray::number(instances.at(1))},
        {"0.0.0.0:443", "127.0.0.1:" + QByteArray::number(frontPort)},
        {"        listen [::]:443 ssl backlog=4096;\n", ""},
        {"/etc/jiujin-front/", d + "/etc/"},
        {"/var/lib/jiujin-front/", d + "/var/"},
        {"/run/jiujin-front/", d + "/"},
        {"/var/log/jiujin-front/", d + "/"},
        {"user www-data;",
         geteuid() == 0 ? "daemon off;\nmaster_process off;\nuser root root;" : "daemon off;"},
    };
    for (const auto &[from, to] : replaced) {
        INFO("the sample no longer holds " << from.toStdString());
        REQUIRE(c.contains(from));
        c.replace(from, to);
    }
    // Nothing of the sample's deployment is left to reach by accident (comments aside).
    QByteArray directives;
    for (const QByteArray &line : c.split('\n'))
        if (!line.trimmed().startsWith('#'))
            directives += line + '\n';
    REQUIRE_FALSE(directives.contains("10.10."));
    REQUIRE_FALSE(directives.contains("/etc/jiujin-front"));
    return c;
}

/** nginx with @p config; waits until it accepts connections on @p port. */
std::unique_ptr<QProcess> startFront(const QString &dir, const QByteArray &config, int port)
{
    const QString path = dir + QStringLiteral("/nginx.conf");
    REQUIRE(writeFile(path, config));
    for (const char *sub : {"var", "var/client_body", "var/proxy"})
        REQUIRE(QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub)));
    auto nginx = std::make_unique<QProcess>();
    nginx->setProcessChannelMode(QProcess::MergedChannels);
    nginx->setStandardOutputFile(dir + QStringLiteral("/nginx.out"));
    nginx->start(QStringLiteral("/usr/sbin/nginx"),
                 {QStringLiteral("-p"), dir + QLatin1Char('/'), QStringLiteral("-c"), path,
                  QStringLiteral("-e"), dir + QStringLiteral("/error.log")});
    REQUIRE(nginx->waitForStarted(10000));
    for (int i = 0; i < 200; ++i) {
        if (!exchange(port, QByteArray()).isEmpty())
            return nginx;
        if (nginx->state() == QProcess::NotRunning)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    QFile log(dir + QStringLiteral("/error.log"));
    log.open(QIODevice::ReadOnly);
    FAIL("the province front did not start: " << log.readAll().toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("One nginx front (nginx-province.conf) carries a fleet across two instances on "
          "PostgreSQL through the loss of one, every record exactly once",
          "[province-front]")
{
    const int deviceCount = 60;
    auto pg = ScratchPostgres::start();
    INFO((pg ? QString() : pg.error().message).toStdString());
    REQUIRE(pg.ok());
    auto location = pg.value()->createDatabase(QStringLiteral("province"));
    REQUIRE(location.ok());
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());

    FleetCentral::Options options;
    options.gateway = QStringLiteral(JIUJIN_GATEWAY_EXE);
    options.seed = QStringLiteral(JIUJIN_SEED);
    options.dataDir = tmp.filePath(QStringLiteral("central"));
    options.database = location.value();
    options.instances = 2;
    options.frontSecret = tmp.filePath(QStringLiteral("front.secret"));
    const QByteArray secret = FrontProxy::newSecret();
    REQUIRE(writeFile(options.frontSecret, secret + '\n'));
    // The hop from the front to the instances is TLS with the province's own CA.
    const QString pki = tmp.filePath(QStringLiteral("pki"));
    REQUIRE(QDir().mkpath(pki));
    makeHopPki(pki);
    options.hopCertificate = pki + QStringLiteral("/hop.pem");
    options.hopKey = pki + QStringLiteral("/hop.key");
    auto central = FleetCentral::create(options);
    INFO((central ? QString() : central.error().message).toStdString());
    REQUIRE(central.ok());
    FleetCentral &c = *central.value();
    auto tokens = c.tokens(deviceCount);
    REQUIRE(tokens.ok());
    auto instancePorts = c.startAll();
    INFO((instancePorts ? QString() : instancePorts.error().message).toStdString());
    REQUIRE(instancePorts.ok());

    // The front machine's files: central's server certificate and key, the device CA, and the
    // secret as DEPLOY-province.md has it written.
    const QString front = tmp.filePath(QStringLiteral("front"));
    REQUIRE(QDir().mkpath(front + QStringLiteral("/etc")));
    auto keys = GatewayKeys::load(options.dataDir);
    REQUIRE(keys.ok());
    for (const auto &[from, to] :
         {std::pair{keys->serverCertificatePath(), QStringLiteral("server.pem")},
          std::pair{keys->serverKeyPath(), QStringLiteral("server.key")},
          std::pair{keys->caCertificatePath(), QStringLiteral("device-ca.pem")},
          std::pair{pki + QStringLiteral("/hop-ca.pem"), QStringLiteral("instances-ca.pem")}})
        REQUIRE(QFile::copy(from, front + QStringLiteral("/etc/") + to));
    REQUIRE(writeFile(front + QStringLiteral("/etc/front-headers.conf"),
                      "proxy_set_header X-JJ-Front \"" + secret + "\";\n"));
    const int frontPort = freePort();
    auto nginx =
        startFront(front, provinceConfig(front, frontPort, instancePorts.value()), frontPort);

    // The instances answer only the front, and only in TLS: a request straight to one without
    // the secret is refused, and plain HTTP gets no HTTP answer at all.
    const QString hopCa = pki + QStringLiteral("/hop-ca.pem");
    CHECK(instanceHealth(instancePorts->at(0), hopCa, QByteArray()) == 403);
    CHECK(instanceHealth(instancePorts->at(0), hopCa, secret) == 200);
    const QByteArray plain = exchange(instancePorts->at(0), "GET /healthz HTTP/1.0\r\n\r\n");
    INFO(plain.toStdString());
    CHECK_FALSE(plain.startsWith("HTTP/"));
    // The front checks the instance's certificate: a copy of the shipped file trusting another
    // CA gets no answer from any instance (503 "unavailable"), never an unchecked one.
    {
        const QString other = tmp.filePath(QStringLiteral("other"));
        REQUIRE(QDir().mkpath(other + QStringLiteral("/etc")));
        makeHopPki(other);
        for (const char *name : {"server.pem", "server.key", "device-ca.pem", "front-headers.conf"})
            REQUIRE(QFile::copy(front + QStringLiteral("/etc/") + QLatin1String(name),
                                other + QStringLiteral("/etc/") + QLatin1String(name)));
        REQUIRE(QFile::copy(other + QStringLiteral("/hop-ca.pem"),
                            other + QStringLiteral("/etc/instances-ca.pem")));
        const int otherPort = freePort();
        auto untrusting =
            startFront(other, provinceConfig(other, otherPort, instancePorts.value()), otherPort);
        QByteArray out;
        run(QStringLiteral("curl"),
            {QStringLiteral("-s"), QStringLiteral("-k"), QStringLiteral("-o"),
             QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
             QStringLiteral("https://127.0.0.1:%1/healthz").arg(otherPort)},
            &out);
        untrusting->terminate();
        untrusting->waitForFinished(10000);
        CHECK(out.trimmed() == "503");
    }
    // The active check asks each instance as the front does (TLS, the same CA and name): both
    // healthy, nothing marked down, nginx not reloaded.
    {
        const QString stub = tmp.filePath(QStringLiteral("nginx-stub"));
        REQUIRE(writeFile(stub, "#!/bin/sh\nexit 0\n"));
        REQUIRE(QFile::setPermissions(stub, QFile::ReadOwner | QFile::ExeOwner));
        QByteArray out;
        const int health =
            run(QStringLiteral("sh"),
                {QStringLiteral(JIUJIN_FRONT_HEALTH), front + QStringLiteral("/nginx.conf")}, &out,
                {QStringLiteral("JIUJIN_FRONT_NGINX=") + stub,
                 QStringLiteral("JIUJIN_FRONT_HEADERS=") + front +
                     QStringLiteral("/etc/front-headers.conf")});
        INFO(out.toStdString());
        CHECK(health == 0);
    }

    LoadModel model;
    model.applications = 3;
    model.ratings = 1;
    model.catalogueSeq = 1;
    model.picturePercent = 20;
    model.pictureBytes = 16 * 1024;
    model.bookingPercent = 30;
    model.leaseSlots = 1;
    model.bookingRequests = 1;
    model.batchRecords = 2; // several batches per kiosk: some of them after the kill
    model.heartbeatSeconds = 20;
    FleetTransport transport({frontPort}, c.pin());
    FleetSimulator fleet(transport, 8);
    for (int i = 0; i < deviceCount; ++i)
        fleet.add(std::make_unique<SimDevice>(i, tokens->at(i), options.point, model));
    const qint64 expected = qint64(deviceCount) * model.recordsAtLeast();
    transport.stats().reset();
    fleet.start();

    // A third of the backlog in: instance 0's machine dies and stays dead.
    REQUIRE(fleet.waitFor([&] { return fleet.acknowledged() >= expected / 3; },
                          std::chrono::seconds(120)));
    const double killedAt = transport.stats().nowMs();
    const qint64 before = fleet.acknowledged();
    c.instance(0).kill();
    // Requests the dead instance held when it died fail once (502 from the front, as 503
    // "unavailable"); everything after goes to the other one.
    const double graceUntil = transport.stats().nowMs() + 2000;
    const bool drained =
        fleet.waitFor([&] { return fleet.drained() == deviceCount; }, std::chrono::seconds(150));
    fleet.stop();
    nginx->terminate();
    nginx->waitForFinished(10000);
    REQUIRE(drained);
    WARN(fleet.acknowledged() - before << " records acknowledged after the kill at "
                                       << qint64(killedAt) << " ms");
    CHECK(fleet.acknowledged() - before >= expected / 2);

    int inside = 0;
    for (const FleetFailure &f : transport.stats().failures()) {
        const bool inWindow = f.atMs >= killedAt && f.atMs < graceUntil;
        if (!inWindow)
            WARN("outside the kill's window: " << qint64(f.atMs) << " ms, " << f.route.toStdString()
                                               << ": " << f.status << " " << f.error.toStdString());
        CHECK(inWindow);
        inside += inWindow;
    }
    WARN(transport.stats().requests() << " requests; " << inside << " failed as the instance died");

    const FleetVerdict verdict = FleetCheck::exactlyOnce(c.storage(), fleet.devices());
    for (const QString &p : verdict.problems.mid(0, 20))
        WARN(p.toStdString());
    CHECK(verdict.problems.isEmpty());
    CHECK(verdict.stored >= expected);
    const QDateTime from = QDateTime::currentDateTimeUtc();
    const QStringList capacity =
        FleetCheck::capacity(c.storage(), options.point, from.addDays(-1), from.addDays(12));
    for (const QString &p : capacity.mid(0, 20))
        WARN(p.toStdString());
    CHECK(capacity.isEmpty());
}
