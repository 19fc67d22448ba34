// The queue of connections the kernel keeps for central's listeners before they are accepted
// (DESIGN §11d): cpp-httplib 0.11 listens with a backlog of 5 and nginx with 511 unless told,
// and a province reconnecting after an outage overflowed them (nstat ListenOverflows). Both
// listeners must ask for GatewayServer::listenBacklog, as far as net.core.somaxconn allows.
#include "frontproxy.h"
#include "gatewayfixture.h"
#include "gatewayserver.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

/** The backlog the kernel holds for the TCP listener on 127.0.0.1:@p port (ss's Send-Q). */
int listenBacklogOf(int port)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"),
             {QStringLiteral("-ltnH"), QStringLiteral("sport = :%1").arg(port)});
    REQUIRE(ss.waitForFinished(10000));
    const QList<QByteArray> fields = ss.readAllStandardOutput().simplified().split(' ');
    INFO("ss: " << fields.join(' ').toStdString());
    REQUIRE(fields.size() >= 4);
    REQUIRE(fields.at(0) == "LISTEN");
    return fields.at(2).toInt();
}

/** What a listen() asking for GatewayServer::listenBacklog gets on this machine. */
int expectedBacklog()
{
    QFile f(QStringLiteral("/proc/sys/net/core/somaxconn"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const int somaxconn = f.readAll().trimmed().toInt();
    if (somaxconn <= 511)
        WARN("net.core.somaxconn is " << somaxconn << ": the old backlogs are not told apart");
    return std::min(GatewayServer::listenBacklog, somaxconn);
}

} // namespace

TEST_CASE("The gateway's own listener and its nginx front queue a burst's connections",
          "[gateway-listen]")
{
    const int expected = expectedBacklog();
    REQUIRE(expected > 5);
    TestGateway gateway;
    CHECK(listenBacklogOf(gateway.port) == expected);

    // The front, as serve runs it, in front of a port nobody serves (only its listener counts).
    FrontProxy front;
    FrontProxy::Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.backendPort = gateway.port;
    s.secret = FrontProxy::newSecret();
    s.serverCertificate = gateway.keys->serverCertificatePath();
    s.serverKey = gateway.keys->serverKeyPath();
    s.clientCa = gateway.keys->caCertificatePath();
    s.workDir = gateway.dir.filePath(QStringLiteral("front"));
    auto port = front.start(s);
    INFO((port ? QString() : port.error().message).toStdString());
    REQUIRE(port.ok());
    CHECK(listenBacklogOf(port.value()) == std::min(FrontProxy::listenBacklog, expected));
    front.stop();
}
