#include "fleetcentral.h"

#include "bookingservice.h"
#include "centralstorage.h"
#include "enrollmentservice.h"
#include "gatewaykeys.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>

#include <algorithm>

namespace jiujin::scale {

Result<QByteArray> FleetCentral::command(const QStringList &args) const
{
    QProcess p;
    p.start(m_options.gateway, args + QStringList{QStringLiteral("--data-dir"), m_options.dataDir});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error{Error::Io, QStringLiteral("jiujin-gateway %1: %2")
                                    .arg(args.join(QLatin1Char(' ')),
                                         QString::fromLocal8Bit(p.readAllStandardError()))};
    return p.readAllStandardOutput();
}

Result<std::unique_ptr<FleetCentral>> FleetCentral::create(const Options &options)
{
    std::unique_ptr<FleetCentral> c(new FleetCentral);
    c->m_options = options;
    QStringList init{QStringLiteral("init")};
    if (!options.database.isEmpty())
        init << QStringLiteral("--database") << options.database;
    for (const QStringList &args :
         {init,
          QStringList{QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("--point"),
                      options.point, QStringLiteral("--capacity"),
                      QString::number(options.capacity)},
          QStringList{QStringLiteral("catalogue"), QStringLiteral("publish"), options.seed}})
        if (auto r = c->command(args); !r)
            return r.error();
    auto keys = GatewayKeys::load(options.dataDir);
    if (!keys)
        return keys.error();
    c->m_pin = keys->serverPin();
    auto storage = gateway::openGatewayStorage(options.dataDir);
    if (!storage)
        return storage.error();
    c->m_storage = std::move(storage.value());
    for (int i = 1; i < options.points; ++i) { // the first one's plan was set above
        gateway::PointPlan plan;
        plan.point = c->pointOf(i);
        plan.capacity = options.capacity;
        if (auto r = gateway::BookingService(*c->m_storage)
                         .setPlan(plan, QDateTime::currentDateTimeUtc());
            !r)
            return r.error();
    }
    for (int i = 0; i < options.instances; ++i)
        c->m_instances.push_back(std::make_unique<GatewayProcess>(
            options.gateway,
            (options.frontSecret.isEmpty()
                 ? QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                 : QStringList{QStringLiteral("--behind-front"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--front-secret"), options.frontSecret}) +
                (options.hopCertificate.isEmpty()
                     ? QStringList{}
                     : QStringList{QStringLiteral("--hop-certificate"), options.hopCertificate,
                                   QStringLiteral("--hop-key"), options.hopKey}) +
                QStringList{QStringLiteral("--data-dir"), options.dataDir,
                            QStringLiteral("--catalogue"), options.seed} +
                options.serveArgs,
            QDir(options.dataDir).filePath(QStringLiteral("instance-%1.log").arg(i))));
    return c;
}

FleetCentral::~FleetCentral()
{
    for (auto &i : m_instances)
        i->stop();
}

Result<QStringList> FleetCentral::tokens(int count)
{
    auto keys = GatewayKeys::load(m_options.dataDir);
    if (!keys)
        return keys.error();
    EnrollmentService enrollment(*m_storage, keys.value(), protocol::Suite::Intl);
    QStringList out;
    for (int i = 0; i < count; ++i) {
        auto token = enrollment.createToken(pointOf(i), QString(), QDateTime::currentDateTimeUtc());
        if (!token)
            return token.error();
        out.append(token.value());
    }
    return out;
}

QString FleetCentral::pointOf(int i) const
{
    const int k = i % std::max(1, m_options.points);
    if (k == 0)
        return m_options.point;
    return QStringLiteral("150525%1-01").arg(203000 + k, 6, 10, QLatin1Char('0'));
}

Result<QList<int>> FleetCentral::startAll()
{
    QList<int> ports;
    for (auto &i : m_instances) {
        auto port = i->start();
        if (!port)
            return port.error();
        ports.append(port.value());
    }
    return ports;
}

} // namespace jiujin::scale
