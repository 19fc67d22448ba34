#include "inprocessgateway.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <chrono>

using namespace jiujin;

InProcessGateway::InProcessGateway(const QString &dataDir, std::function<QDateTime()> clock,
                                   protocol::Suite defaultSuite, Forms forms)
{
    auto initialised = GatewayKeys::init(dataDir, {}, clock(), false);
    REQUIRE(initialised.ok());
    keys.emplace(std::move(initialised.value()));
    auto opened = gateway::openGatewayStorage(dataDir);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    storage = std::move(opened.value());
    enrollment = std::make_unique<EnrollmentService>(*storage, *keys, defaultSuite);
    if (forms == Forms::Published) {
        publisher = std::make_unique<CataloguePublisher>(*storage);
        intake = std::make_unique<IntakeService>(*storage, *keys, *publisher);
    } else {
        QFile seed(QStringLiteral(JIUJIN_SEED));
        REQUIRE(seed.open(QIODevice::ReadOnly));
        auto seedForms = IntakeService::formsFromBundle(seed.readAll());
        REQUIRE(seedForms.ok());
        intake = std::make_unique<IntakeService>(*storage, *keys, seedForms.value());
    }
    GatewayServer::Options options;
    options.clock = std::move(clock);
    options.certificatesUseClock = true;
    server = std::make_unique<GatewayServer>(*keys, *storage, *enrollment, *intake, options);
    if (publisher)
        server->setCataloguePublisher(publisher.get());
    channelTokens = std::make_unique<gateway::ChannelTokens>(*storage);
    server->setChannelTokens(channelTokens.get());
    auto bound = server->bind(QStringLiteral("127.0.0.1"), 0);
    REQUIRE(bound.ok());
    port = bound.value();
    thread = std::thread([this] { server->listen(); });
    for (int i = 0; i < 500 && !server->isRunning(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const bool running = server->isRunning();
    if (!running) { // a thread still joinable when REQUIRE throws would end the process
        server->stop();
        thread.join();
    }
    REQUIRE(running);
}

InProcessGateway::~InProcessGateway()
{
    if (server)
        server->stop();
    if (thread.joinable())
        thread.join();
}
