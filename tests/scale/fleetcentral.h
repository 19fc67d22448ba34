#pragma once

#include "gatewayprocess.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace jiujin::gateway {
class CentralStorage;
}

namespace jiujin::scale {

/**
 * Central as the fleet meets it: one data directory (keys, the database's location,
 * attachments), initialised and configured with the real `jiujin-gateway` commands (init, plan
 * set, catalogue publish), and N `serve` instances on it. Enrollment tokens are made through the
 * storage (as `token create` does, without a process per token).
 */
class FleetCentral
{
public:
    struct Options
    {
        QString gateway;  ///< the jiujin-gateway executable
        QString seed;     ///< the catalogue bundle to publish and serve
        QString dataDir;  ///< made by init
        QString database; ///< "postgresql://…", or empty for SQLite in the data directory
        int instances = 1;
        QString point = QStringLiteral("150525203000-01");
        int capacity = 4; ///< seats per slot at the point
        /** Service points the kiosks are spread over (a province has 1-4 kiosks per point):
         *  point, then 150525203001-01 and on, each with the same plan. */
        int points = 1;
        /** Non-empty: the instances run behind a front of the test's own (`serve
         *  --behind-front 127.0.0.1:0 --front-secret FILE`), each on a plain HTTP port that
         *  startAll() returns; empty: each `serve --listen 127.0.0.1:0` with its own front. */
        QString frontSecret;
        /** With frontSecret: the instances speak TLS 1.3 to the front with this certificate
         *  and key (`serve --hop-certificate FILE --hop-key FILE`); empty: plain HTTP. */
        QString hopCertificate, hopKey;
        /** More arguments for every `serve` (e.g. --no-heartbeat-lane). */
        QStringList serveArgs;
    };

    static Result<std::unique_ptr<FleetCentral>> create(const Options &options);
    ~FleetCentral();

    /** @p count single-use enrollment tokens, token i for pointOf(i). */
    Result<QStringList> tokens(int count);
    /** The service point of the i-th kiosk (round robin over the points). */
    QString pointOf(int i) const;
    /** Starts every instance; their ports. */
    Result<QList<int>> startAll();
    GatewayProcess &instance(int i) { return *m_instances.at(size_t(i)); }
    /** central's server key pin (sha256//…), as kiosks are configured with. */
    QByteArray pin() const { return m_pin; }
    /** A storage connection of the test's own (for tokens and the checks). */
    gateway::CentralStorage &storage() { return *m_storage; }
    /** Runs `jiujin-gateway ARGS --data-dir DIR`; its stdout, or an Error with its stderr. */
    Result<QByteArray> command(const QStringList &args) const;

private:
    FleetCentral() = default;
    Options m_options;
    QByteArray m_pin;
    std::unique_ptr<gateway::CentralStorage> m_storage;
    std::vector<std::unique_ptr<GatewayProcess>> m_instances;
};

} // namespace jiujin::scale
