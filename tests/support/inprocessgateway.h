#pragma once

#include "cataloguepublisher.h"
#include "centralstorage.h"
#include "channeltokens.h"
#include "enrollmentservice.h"
#include "gatewaykeys.h"
#include "gatewayserver.h"
#include "intakeservice.h"
#include "keys.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <thread>

/**
 * jiujin-gateway's objects wired as its main.cpp wires them, in the test's process: keys made in
 * @p dataDir, central storage as `serve` opens it there (SQLite, or the database the directory
 * remembers), enrollment, intake, channel tokens, and a TLS server on a free port of 127.0.0.1
 * listening on its own thread, with the test's clock (client certificates judged at it too).
 * Fails the test (Catch2 REQUIRE) when any of it cannot be made. The gateway tests' TestGateway
 * and the booking simulation's SimGateway are built on it; the fake gateway (tests/sync/
 * fakegateway.h) and the live harness (real processes) are not: see their headers for why.
 */
class InProcessGateway
{
public:
    /** Where intake takes the application forms from. */
    enum class Forms {
        Seed,      ///< the seed bundle's (JIUJIN_SEED), fixed: as `serve --catalogue`
        Published, ///< the published catalogue, as `serve`; nothing is published at the start
    };

    InProcessGateway(const QString &dataDir, std::function<QDateTime()> clock,
                     jiujin::protocol::Suite defaultSuite = jiujin::protocol::Suite::Intl,
                     Forms forms = Forms::Seed);
    ~InProcessGateway();
    InProcessGateway(const InProcessGateway &) = delete;
    InProcessGateway &operator=(const InProcessGateway &) = delete;

    std::optional<jiujin::GatewayKeys> keys;
    std::unique_ptr<jiujin::gateway::CentralStorage> storage;
    std::unique_ptr<jiujin::EnrollmentService> enrollment;
    std::unique_ptr<jiujin::CataloguePublisher> publisher;         ///< Forms::Published only
    std::unique_ptr<jiujin::gateway::ChannelTokens> channelTokens; ///< the server's
    std::unique_ptr<jiujin::IntakeService> intake;
    std::unique_ptr<jiujin::GatewayServer> server;
    std::thread thread;
    int port = 0;
};
