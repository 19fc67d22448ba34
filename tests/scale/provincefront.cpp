#include "provincefront.h"

#include "gatewaykeys.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace jiujin::scale::provincefront {

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

} // namespace

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
int run(const QString &program, const QStringList &args, QByteArray *output,
        const QStringList &environment)
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

/** The shipped configuration with its sample values replaced: the two instances' ports, their
 *  heartbeat lanes' ports, the front's port, and its folders under @p dir; run in the foreground
 * (as root: one process, as FrontProxy does it, since root's workers would switch to a user a test
 * machine may lack). */
QByteArray provinceConfig(const QString &dir, int frontPort, const QList<int> &instances,
                          const QList<int> &lanes)
{
    QFile sample(QStringLiteral(JIUJIN_PROVINCE_CONF));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QByteArray c = sample.readAll();
    const QByteArray d = QFile::encodeName(dir);
    const QList<std::pair<QByteArray, QByteArray>> replaced{
        {"10.10.1.11:8444", "127.0.0.1:" + QByteArray::number(instances.at(0))},
        {"10.10.1.12:8444", "127.0.0.1:" + QByteArray::number(instances.at(1))},
        {"10.10.1.11:8445", "127.0.0.1:" + QByteArray::number(lanes.at(0))},
        {"10.10.1.12:8445", "127.0.0.1:" + QByteArray::number(lanes.at(1))},
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

void writeFrontFiles(const QString &front, const QString &dataDir, const QString &pki,
                     const QByteArray &secret)
{
    REQUIRE(QDir().mkpath(front + QStringLiteral("/etc")));
    auto keys = GatewayKeys::load(dataDir);
    REQUIRE(keys.ok());
    for (const auto &[from, to] :
         {std::pair{keys->serverCertificatePath(), QStringLiteral("server.pem")},
          std::pair{keys->serverKeyPath(), QStringLiteral("server.key")},
          std::pair{keys->caCertificatePath(), QStringLiteral("device-ca.pem")},
          std::pair{pki + QStringLiteral("/hop-ca.pem"), QStringLiteral("instances-ca.pem")}})
        REQUIRE(QFile::copy(from, front + QStringLiteral("/etc/") + to));
    REQUIRE(writeFile(front + QStringLiteral("/etc/front-headers.conf"),
                      "proxy_set_header X-JJ-Front \"" + secret + "\";\n"));
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

} // namespace jiujin::scale::provincefront
